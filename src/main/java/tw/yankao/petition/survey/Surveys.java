package tw.yankao.petition.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseNumber;
import tw.yankao.petition.CaseStatus;
import tw.yankao.petition.CaseWorkflow;
import tw.yankao.petition.PetitionCase;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/**
 * Satisfaction surveys: one per closure, created in the closing transaction; answered once through
 * its token; an answer of {@value #UNSATISFIED_AT_MOST} or less within the profile's reopen window
 * reopens the case (REOPEN step, the comment as reason). After the window, or when the case is no
 * longer closed by that closure, the answer is only recorded.
 */
@Service
public class Surveys {

	/** Answers at or below this are "not satisfied". */
	public static final int UNSATISFIED_AT_MOST = 2;

	/** Characters a comment may have. */
	public static final int MAX_COMMENT = 2000;

	/** What an answer did. */
	public enum Outcome {
		RECORDED, REOPENED
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SurveyStore store;
	private final CaseIntake intake;
	private final CaseWorkflow workflow;
	private final int reopenWindowDays;
	private final ZoneId zone;
	private final Clock clock;

	Surveys(SurveyStore store, CaseIntake intake, CaseWorkflow workflow, CityProfile profile, Clock clock) {
		this.store = store;
		this.intake = intake;
		this.workflow = workflow;
		this.reopenWindowDays = profile.petitions().reopenWindowDays();
		this.zone = profile.timeZone();
		this.clock = clock;
	}

	/**
	 * A case closed (by any step): its survey, in the closing transaction. Inquiries (closed at
	 * intake) and anonymous cases (nobody to ask) get none.
	 */
	@EventListener
	void on(DataChanged change) {
		if (!"petition_case".equals(change.entity()) || !"UPDATE".equals(change.action())
				|| !(change.after() instanceof java.util.Map<?, ?> after) || !(change.before() instanceof java.util.Map<?, ?> before)
				|| !CaseStatus.CLOSED.equals(after.get("status")) || CaseStatus.CLOSED.equals(before.get("status"))) {
			return;
		}
		PetitionCase c = intake.byNumber(new CaseNumber(change.entityId()));
		if (c.closedAt() != null && !c.anonymous()) {
			store.insert(newToken(), c.id(), c.agencyId(), c.closedAt(), clock.instant());
		}
	}

	/** The survey of the case's latest closure, for staff to pass on to the petitioner. */
	@Transactional(readOnly = true)
	public Optional<Survey> latestOf(PetitionCase c) {
		return store.latestOf(c.id());
	}

	/** @throws NotFound for an unknown token */
	@Transactional(readOnly = true)
	public Survey byToken(String token) {
		return store.byToken(token).orElseThrow(() -> new NotFound("survey", "token"));
	}

	/**
	 * Records the petitioner's answer, and reopens the case when not satisfied within the window.
	 * @throws NotFound for an unknown token
	 * @throws InvalidInput naming the field: satisfaction not 1–5, comment too long, or already answered
	 */
	@Transactional
	public Outcome answer(String token, Integer satisfaction, String comment) {
		Survey survey = byToken(token);
		if (survey.answered()) {
			throw new InvalidInput("token", "survey.error.answered");
		}
		if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
			throw new InvalidInput("satisfaction", "survey.error.satisfaction");
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > MAX_COMMENT) {
			throw new InvalidInput("comment", "survey.error.comment", MAX_COMMENT);
		}
		Instant now = clock.instant();
		boolean reopen = satisfaction <= UNSATISFIED_AT_MOST && withinWindow(survey, now) && stillClosedBy(survey);
		if (reopen) {
			workflow.reopenForPetitioner(new CaseNumber(survey.caseNumber()), reason(satisfaction, text));
		}
		if (!store.answer(token, satisfaction, text, reopen, now)) {
			// a concurrent answer won: roll the reopening back with this transaction
			throw new InvalidInput("token", "survey.error.answered");
		}
		return reopen ? Outcome.REOPENED : Outcome.RECORDED;
	}

	/** Satisfaction per agency of the cases closed in the month (city's zone); for analytics. */
	@Transactional(readOnly = true)
	public List<AgencySatisfaction> satisfactionPerAgency(YearMonth month) {
		return store.perAgency(month, zone);
	}

	/** Calendar days after closure in which "not satisfied" reopens the case. */
	public int reopenWindowDays() {
		return reopenWindowDays;
	}

	private boolean withinWindow(Survey survey, Instant now) {
		return !now.isAfter(survey.closedAt().plus(Duration.ofDays(reopenWindowDays)));
	}

	private boolean stillClosedBy(Survey survey) {
		PetitionCase c = intake.byNumber(new CaseNumber(survey.caseNumber()));
		return c.status() == CaseStatus.CLOSED && survey.closedAt().equals(c.closedAt());
	}

	/** The history's reason: the step needs one even when the petitioner wrote no comment. */
	private static String reason(int satisfaction, String comment) {
		String head = "滿意度調查 " + satisfaction + "/5 (satisfaction survey)";
		return comment == null ? head : head + "：" + comment;
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
