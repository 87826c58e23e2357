package tw.yankao.petition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.PetitionRules;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/**
 * Takes workflow steps on cases: one transaction per step, checked against {@link Step}'s table,
 * the viewer's agency scope and the case's version, recorded in the case's history and audited.
 * A refused step changes nothing and says why, naming the field.
 */
@Service
public class CaseWorkflow {

	/** The legal basis recorded when a case is closed without handling. */
	static final String ARTICLE_173 = "行政程序法第173條";

	private final PetitionCases cases;

	private final CaseDeadlines deadlines;

	private final PetitionRules rules;

	private final AgencyDirectory agencies;

	private final AgencyScope scope;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseWorkflow(PetitionCases cases, CaseDeadlines deadlines, CityProfile profile, AgencyDirectory agencies,
			AgencyScope scope, CurrentUsers users, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.deadlines = deadlines;
		this.rules = profile.petitions();
		this.agencies = agencies;
		this.scope = scope;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws NotFound when no case has this number
	 * @throws AccessDeniedException when the user may not take this step on this case
	 * @throws StaleCase when the case is no longer at {@code input.version()}
	 * @throws InvalidInput naming the field when the step is refused
	 */
	@Transactional
	public PetitionCase take(CaseNumber number, Step step, StepInput input) {
		CurrentUser user = users.current().orElseThrow(() -> new AccessDeniedException("sign in to handle cases"));
		PetitionCase before = cases.byNumber(number).orElseThrow(() -> new NotFound("petition case", number));
		checkAllowed(user, step, before);
		if (before.version() != input.version()) {
			throw new StaleCase(number, input.version());
		}
		if (before.paused() != (step == Step.RESUME)) {
			throw new InvalidInput("status", before.paused() ? "petition.error.paused" : "petition.error.notPaused");
		}
		if (!step.allowedFrom(before.status())) {
			throw new InvalidInput("status", "petition.error.notFrom", step.slug(), before.status().name());
		}
		Instant now = clock.instant();
		PetitionCase after = apply(step, before, input, now);
		if (!cases.update(after)) {
			throw new StaleCase(number, input.version());
		}
		Long stepAgency = step == Step.RETURN ? before.agencyId() : after.agencyId();
		String reason = step == Step.CLOSE_UNHANDLED ? ARTICLE_173 + "：" + input.reason().strip() : blankToNull(input.reason());
		cases.recordStep(before.id(), step.name(), before.status(), after.status(), stepAgency, user.userId(),
				user.username(), reason, now);
		PetitionCase saved = cases.byId(before.id()).orElseThrow();
		events.publishEvent(DataChanged.updated("petition_case", number, CaseIntake.auditView(before),
				CaseIntake.auditView(saved)));
		return saved;
	}

	/**
	 * Reopens a closed case because its petitioner answered the satisfaction survey as not
	 * satisfied: the REOPEN step with the answer's comment as reason, taken by the system (no user
	 * signed in), within the profile's window like any reopening.
	 * @throws InvalidInput when the case may not be reopened (an inquiry, not closed, or after the window)
	 */
	@Transactional
	public PetitionCase reopenForPetitioner(CaseNumber number, String reason) {
		PetitionCase before = cases.byNumber(number).orElseThrow(() -> new NotFound("petition case", number));
		if (!Step.REOPEN.allowedFrom(before.status())) {
			throw new InvalidInput("status", "petition.error.notFrom", Step.REOPEN.slug(), before.status().name());
		}
		Instant now = clock.instant();
		PetitionCase after = reopen(before, new StepInput(before.version(), reason, null, null, null, null), now);
		if (!cases.update(after)) {
			throw new StaleCase(number, before.version());
		}
		cases.recordStep(before.id(), Step.REOPEN.name(), before.status(), after.status(), after.agencyId(), null, null,
				reason.strip(), now);
		PetitionCase saved = cases.byId(before.id()).orElseThrow();
		events.publishEvent(DataChanged.updated("petition_case", number, CaseIntake.auditView(before),
				CaseIntake.auditView(saved)));
		return saved;
	}

	/** The steps this user may take on this case now: what the case page offers. */
	@Transactional(readOnly = true)
	public List<Step> allowedSteps(PetitionCase c) {
		CurrentUser user = users.current().orElse(null);
		List<Step> allowed = new ArrayList<>();
		for (Step step : Step.values()) {
			if (user != null && mayAct(user, step, c) && step.allowedFrom(c.status()) && c.paused() == (step == Step.RESUME)) {
				allowed.add(step);
			}
		}
		return allowed;
	}

	/** The case's history, oldest first. */
	@Transactional(readOnly = true)
	public List<CaseStep> history(PetitionCase c) {
		return cases.steps(c.id());
	}

	/** The cases linked to this one as duplicates, either way. */
	@Transactional(readOnly = true)
	public List<CaseNumber> duplicates(PetitionCase c) {
		return cases.duplicatesOf(c.id());
	}

	private void checkAllowed(CurrentUser user, Step step, PetitionCase c) {
		if (!mayAct(user, step, c)) {
			throw new AccessDeniedException("may not " + step.slug() + " case " + c.number());
		}
	}

	private boolean mayAct(CurrentUser user, Step step, PetitionCase c) {
		if (!step.allowedFor(user.roles())) {
			return false;
		}
		// supervisory steps reach across agencies; the others only the user's scope (RDEC's is every agency)
		return step.supervisory() || (c.agencyId() == null ? scope.accessibleAgencies().isEmpty() : scope.canAccess(c.agencyId()));
	}

	private PetitionCase apply(Step step, PetitionCase c, StepInput in, Instant now) {
		return switch (step) {
			case ASSIGN -> with(c, CaseStatus.ASSIGNED, agencyId(in.agency()), c.deadline(), null, h -> h);
			case ACCEPT -> with(c, CaseStatus.ACCEPTED, c.agencyId(), c.deadline(), null, h -> h);
			case RETURN -> {
				requireReason(in);
				yield with(c, CaseStatus.RETURNED, null, c.deadline(), null, h -> h);
			}
			case START -> with(c, CaseStatus.IN_PROGRESS, c.agencyId(), c.deadline(), null, h -> h);
			case DRAFT_REPLY -> {
				if (in.reply() == null || in.reply().isBlank()) {
					throw new InvalidInput("reply", "petition.error.required");
				}
				if (in.reply().length() > CaseRules.MAX_DESCRIPTION) {
					throw new InvalidInput("reply", "petition.error.tooLong", CaseRules.MAX_DESCRIPTION);
				}
				yield with(c, CaseStatus.REPLY_DRAFTED, c.agencyId(), c.deadline(), null,
						h -> new PetitionCase.Handling(h.pausedSince(), h.extensionCount(), h.extensionDays(),
								h.requestedExtensionDays(), in.reply().strip()));
			}
			case APPROVE_REPLY -> with(c, CaseStatus.CLOSED, c.agencyId(), c.deadline(), now, h -> h);
			case TRANSFER -> transfer(c, in);
			case REQUEST_EXTENSION -> requestExtension(c, in);
			case APPROVE_EXTENSION -> {
				Integer days = c.handling().requestedExtensionDays();
				if (days == null) {
					throw new InvalidInput("days", "petition.error.noExtensionRequested");
				}
				PetitionCase extended = with(c, c.status(), c.agencyId(), c.deadline(), null,
						h -> new PetitionCase.Handling(null, h.extensionCount() + 1, h.extensionDays() + days, null, h.reply()));
				yield with(extended, c.status(), c.agencyId(), deadlines.recompute(extended, cases.steps(c.id()), null), null, h -> h);
			}
			case PAUSE -> {
				requireReason(in);
				yield with(c, c.status(), c.agencyId(), c.deadline(), null,
						h -> new PetitionCase.Handling(now, h.extensionCount(), h.extensionDays(), h.requestedExtensionDays(), h.reply()));
			}
			case RESUME -> {
				Instant deadline = deadlines.recompute(c, cases.steps(c.id()), now);
				yield with(c, c.status(), c.agencyId(), deadline, null,
						h -> new PetitionCase.Handling(null, h.extensionCount(), h.extensionDays(), h.requestedExtensionDays(), h.reply()));
			}
			case MERGE -> merge(c, in, now);
			case CLOSE_UNHANDLED -> {
				requireReason(in);
				yield with(c, CaseStatus.CLOSED, c.agencyId(), c.deadline(), now, h -> h);
			}
			case REOPEN -> reopen(c, in, now);
		};
	}

	private PetitionCase transfer(PetitionCase c, StepInput in) {
		long target = agencyId(in.agency());
		if (c.agencyId() != null && c.agencyId() == target) {
			throw new InvalidInput("agency", "petition.error.sameAgency");
		}
		requireReason(in);
		return with(c, CaseStatus.ASSIGNED, target, c.deadline(), null, h -> h);
	}

	private PetitionCase requestExtension(PetitionCase c, StepInput in) {
		PetitionCase.Handling h = c.handling();
		PetitionRules.Extensions limits = rules.extensions();
		if (in.days() == null || in.days() < 1) {
			throw new InvalidInput("days", "petition.error.required");
		}
		if (h.requestedExtensionDays() != null) {
			throw new InvalidInput("days", "petition.error.extensionPending");
		}
		if (h.extensionCount() >= limits.maxCount()) {
			throw new InvalidInput("days", "petition.error.extensionCount", limits.maxCount());
		}
		if (h.extensionDays() + in.days() > limits.maxTotalDays()) {
			throw new InvalidInput("days", "petition.error.extensionDays", limits.maxTotalDays() - h.extensionDays());
		}
		requireReason(in);
		return with(c, c.status(), c.agencyId(), c.deadline(), null,
				x -> new PetitionCase.Handling(x.pausedSince(), x.extensionCount(), x.extensionDays(), in.days(), x.reply()));
	}

	private PetitionCase merge(PetitionCase c, StepInput in, Instant now) {
		if (in.into() == null || in.into().isBlank()) {
			throw new InvalidInput("into", "petition.error.required");
		}
		PetitionCase target = cases.byNumber(new CaseNumber(in.into().strip()))
			.orElseThrow(() -> new InvalidInput("into", "petition.error.noSuchCase"));
		if (target.id() == c.id() || !target.status().isOpen()) {
			throw new InvalidInput("into", "petition.error.mergeTarget");
		}
		cases.link(target.id(), c.id());
		return with(c, CaseStatus.MERGED, c.agencyId(), c.deadline(), now, h -> h);
	}

	private PetitionCase reopen(PetitionCase c, StepInput in, Instant now) {
		if (c.kind() == CaseKind.INQUIRY) {
			throw new InvalidInput("status", "petition.error.inquiryReopen");
		}
		if (c.closedAt() == null || now.isAfter(c.closedAt().plus(Duration.ofDays(rules.reopenWindowDays())))) {
			throw new InvalidInput("status", "petition.error.reopenWindow", rules.reopenWindowDays());
		}
		requireReason(in);
		CaseStatus status = c.agencyId() == null ? CaseStatus.RECEIVED : CaseStatus.IN_PROGRESS;
		return with(c, status, c.agencyId(), deadlines.fresh(c, now), null, h -> h);
	}

	private long agencyId(String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidInput("agency", "petition.error.required");
		}
		return agencies.findByCode(code.strip())
			.filter(a -> a.isActiveOn(clock.instant().atZone(tw.yankao.shared.time.RocDates.ZONE).toLocalDate()))
			.orElseThrow(() -> new InvalidInput("agency", "petition.error.agency"))
			.id();
	}

	private static void requireReason(StepInput in) {
		if (in.reason() == null || in.reason().isBlank()) {
			throw new InvalidInput("reason", "petition.error.required");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static PetitionCase with(PetitionCase c, CaseStatus status, Long agencyId, Instant deadline, Instant closedAt,
			UnaryOperator<PetitionCase.Handling> handling) {
		return new PetitionCase(c.id(), c.number(), c.kind(), c.channel(), c.category(), c.description(), c.location(),
				c.petitioner(), c.replyChannel(), c.language(), c.receivedAt(), deadline, status, agencyId, closedAt,
				handling.apply(c.handling()), c.version());
	}

}
