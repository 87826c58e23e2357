package tw.yankao.tracking.council;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;
import tw.yankao.tracking.ControlLevel;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemEntry;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackingManagement;
import tw.yankao.tracking.council.CouncilQuestion.ReplyState;

/**
 * Council sessions, their resolutions and questions, and the replies. Every question is a tracked
 * item created through {@link TrackingManagement}; an approved reply completes it. Questions are
 * read and replied to only within the caller's agency scope; which roles may call which method is
 * decided by the access rules. Every change is audited and saves whole or not at all.
 */
@Service
public class CouncilManagement {

	static final String SESSION = "council-session";
	static final String QUESTION = "council-question";

	private final CouncilStore store;
	private final TrackingManagement tracking;
	private final AgencyScope scope;
	private final CurrentUsers users;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final CouncilEntryRules rules;
	private final int replyDueDays;

	CouncilManagement(CouncilStore store, TrackingManagement tracking, AgencyScope scope, CurrentUsers users,
			AgencyDirectory agencies, ApplicationEventPublisher events, Clock clock, CityProfile profile) {
		this.store = store;
		this.tracking = tracking;
		this.scope = scope;
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.rules = new CouncilEntryRules(id -> agencies.findById(id).isPresent());
		this.replyDueDays = profile.tracking().council().replyDueDays();
	}

	/** Today in the city's time zone: what deadlines are judged against. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(RocDates.ZONE));
	}

	@Transactional(readOnly = true)
	public List<CouncilSession> sessions() {
		return store.sessions();
	}

	@Transactional(readOnly = true)
	public CouncilSession session(long id) {
		return store.session(id).orElseThrow(() -> new NotFound("council session", id));
	}

	/**
	 * Opens a session; without a deadline of its own, replies are due the profile's days after it ends.
	 * @throws InvalidInput naming every bad field
	 */
	@Transactional
	public CouncilSession createSession(CouncilSessionEntry entry) {
		CouncilEntryRules.check(entry);
		if (store.sessionTaken(entry.term(), entry.kind(), entry.number())) {
			throw new InvalidInput("number", "council.session.taken");
		}
		LocalDate due = entry.replyDueOn() != null ? entry.replyDueOn() : entry.endsOn().plusDays(replyDueDays);
		CouncilSession session = session(store.insertSession(entry, due));
		events.publishEvent(DataChanged.created(SESSION, session.id(), session));
		return session;
	}

	/** The session's questions the caller may see (their agency's, or all for the city), resolutions first. */
	@Transactional(readOnly = true)
	public List<CouncilQuestion> questions(long sessionId) {
		session(sessionId);
		return store.questions(sessionId, scope.accessibleAgencies().map(List::copyOf).orElse(null));
	}

	/** Every question of the session, whatever the caller's scope: for the booklet. */
	@Transactional(readOnly = true)
	List<CouncilQuestion> allQuestions(long sessionId) {
		return store.questions(sessionId, null);
	}

	/** The question, if the caller may see its owner agency. */
	@Transactional(readOnly = true)
	public CouncilQuestion question(long itemId) {
		CouncilQuestion question = store.question(itemId).orElseThrow(() -> new NotFound("council question", itemId));
		scope.checkAccess(question.ownerAgencyId());
		return question;
	}

	/**
	 * Registers a resolution or question of the session and puts it under tracking.
	 * @throws InvalidInput naming every bad field
	 */
	@Transactional
	public CouncilQuestion register(long sessionId, CouncilQuestionEntry entry) {
		CouncilSession session = session(sessionId);
		rules.check(entry, session);
		if (store.numberTaken(sessionId, entry.type(), entry.number().strip())) {
			throw new InvalidInput("number", "council.question.number-taken", entry.number().strip());
		}
		LocalDate due = entry.replyDueOn() != null ? entry.replyDueOn() : session.replyDueOn();
		TrackedItem item = tracking.create(trackedItem(session, entry, due, TrackedItemStatus.TRACKED));
		store.insertQuestion(item.id(), sessionId, entry, due);
		CouncilQuestion question = store.question(item.id()).orElseThrow();
		events.publishEvent(DataChanged.created(QUESTION, item.id(), question));
		return question;
	}

	/**
	 * Saves the liaison's reply as a draft, or submits it to the agency head.
	 * @throws InvalidInput when the reply is empty or already approved
	 * @throws CouncilConflict when the reply is no longer at {@code version}
	 */
	@Transactional
	public CouncilQuestion saveReply(long itemId, String text, Integer version, boolean submit) {
		CouncilQuestion before = question(itemId);
		if (before.replyState() == ReplyState.APPROVED) {
			throw new InvalidInput("reply", "council.reply.already-approved");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInput("reply", "council.field.required");
		}
		ReplyState state = submit ? ReplyState.SUBMITTED : ReplyState.DRAFT;
		if (!store.saveReply(itemId, versionOf(version), state, text.strip(), username())) {
			throw new CouncilConflict(itemId);
		}
		return changed(before);
	}

	/**
	 * The head approves the submitted reply: it is sent, its time recorded, late when after the
	 * deadline's day, and the tracked item is completed.
	 * @throws InvalidInput when the reply was not submitted or is already approved
	 * @throws CouncilConflict when the reply is no longer at {@code version}
	 */
	@Transactional
	public CouncilQuestion approve(long itemId, Integer version) {
		CouncilQuestion before = question(itemId);
		checkSubmitted(before);
		Instant now = clock.instant();
		boolean late = now.atZone(RocDates.ZONE).toLocalDate().isAfter(before.replyDueOn());
		if (!store.approve(itemId, versionOf(version), username(), now, late)) {
			throw new CouncilConflict(itemId);
		}
		tracking.complete(itemId, tracking.item(itemId).version());
		return changed(before);
	}

	/**
	 * The head sends the submitted reply back to the liaison as a draft.
	 * @throws InvalidInput when the reply was not submitted or is already approved
	 * @throws CouncilConflict when the reply is no longer at {@code version}
	 */
	@Transactional
	public CouncilQuestion returnReply(long itemId, Integer version) {
		CouncilQuestion before = question(itemId);
		checkSubmitted(before);
		if (!store.saveReply(itemId, versionOf(version), ReplyState.DRAFT, before.replyText(), username())) {
			throw new CouncilConflict(itemId);
		}
		return changed(before);
	}

	private static void checkSubmitted(CouncilQuestion question) {
		if (question.replyState() == ReplyState.APPROVED) {
			throw new InvalidInput("reply", "council.reply.already-approved");
		}
		if (question.replyState() != ReplyState.SUBMITTED) {
			throw new InvalidInput("reply", "council.reply.not-submitted");
		}
	}

	private CouncilQuestion changed(CouncilQuestion before) {
		CouncilQuestion after = store.question(before.itemId()).orElseThrow();
		events.publishEvent(DataChanged.updated(QUESTION, before.itemId(), before, after));
		return after;
	}

	private static int versionOf(Integer version) {
		return version == null ? -1 : version;
	}

	private String username() {
		return users.current().map(CurrentUser::username).orElse("system");
	}

	/** The tracked item of a question: from the session's start to its reply deadline. */
	static TrackedItemEntry trackedItem(CouncilSession session, CouncilQuestionEntry entry, LocalDate due,
			TrackedItemStatus status) {
		String number = "C" + session.term() + "-" + session.kind().name().charAt(0) + session.number() + "-"
				+ (entry.type().name().startsWith("COUNCIL_RES") ? "R" : "Q") + entry.number().strip();
		return new TrackedItemEntry(entry.type(), number, entry.subject().strip(), entry.ownerAgencyId(),
				entry.coAgencies(), ControlLevel.CITY, entry.councillors().strip(), session.startsOn(), due, null, null, status,
				Map.of("councilSession", session.nameZh(), "replyDeadline", due.toString()), null, null, null, null, null);
	}

}
