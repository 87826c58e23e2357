package tw.yankao.petition.survey;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseStatus;
import tw.yankao.petition.CaseStep;
import tw.yankao.petition.CaseWorkflow;
import tw.yankao.petition.Channel;
import tw.yankao.petition.Location;
import tw.yankao.petition.NewCase;
import tw.yankao.petition.PetitionCase;
import tw.yankao.petition.Petitioner;
import tw.yankao.petition.ReplyChannel;
import tw.yankao.petition.Step;
import tw.yankao.petition.StepInput;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Satisfaction surveys: one per closure, answered once; "not satisfied" within the window reopens the case. */
@YankaoWebTest
class SurveysTest {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	Surveys surveys;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aClosureGetsOneSurveyWhichIsAnsweredOnce() {
		PetitionCase c = closedCase();
		Survey survey = surveys.latestOf(c).orElseThrow();
		assertThat(survey.closedAt()).isEqualTo(c.closedAt());
		assertThat(survey.answered()).isFalse();

		assertThat(surveys.answer(survey.token(), 5, "很快就修好了")).isEqualTo(Surveys.Outcome.RECORDED);

		assertThat(intake.byNumber(c.number()).status()).isEqualTo(CaseStatus.CLOSED);
		Survey answered = surveys.byToken(survey.token());
		assertThat(answered.satisfaction()).isEqualTo(5);
		assertThat(answered.comment()).isEqualTo("很快就修好了");
		InvalidInput again = catchThrowableOfType(InvalidInput.class, () -> surveys.answer(survey.token(), 1, "改變主意"));
		assertThat(again.errors()).singleElement().extracting(InvalidInput.FieldError::field).isEqualTo("token");
		assertThat(surveys.byToken(survey.token()).satisfaction()).as("the first answer stands").isEqualTo(5);
	}

	@Test
	void notSatisfiedWithinTheWindowReopensTheCaseWithTheCommentAsReason() {
		PetitionCase c = closedCase();
		String token = surveys.latestOf(c).orElseThrow().token();

		assertThat(surveys.answer(token, 2, "路燈還是不亮")).isEqualTo(Surveys.Outcome.REOPENED);

		PetitionCase reopened = intake.byNumber(c.number());
		assertThat(reopened.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(reopened.closedAt()).isNull();
		CaseStep last = workflow.history(reopened).get(workflow.history(reopened).size() - 1);
		assertThat(last.step()).isEqualTo("REOPEN");
		assertThat(last.reason()).contains("路燈還是不亮").contains("2/5");
		assertThat(last.actorName()).as("taken by the system, for the petitioner").isNull();
		assertThat(surveys.byToken(token).reopened()).isTrue();
	}

	@Test
	void notSatisfiedAfterTheWindowIsRecordedButDoesNotReopen() {
		PetitionCase c = closedCase();
		String token = surveys.latestOf(c).orElseThrow().token();
		Instant longAgo = Instant.now().minus(Duration.ofDays(surveys.reopenWindowDays() + 1));
		jdbc.sql("update petition_case set closed_at = ? where id = ?").params(Timestamp.from(longAgo), c.id()).update();
		jdbc.sql("update petition_survey set closed_at = ? where token = ?").params(Timestamp.from(longAgo), token).update();

		assertThat(surveys.answer(token, 1, "太慢了")).isEqualTo(Surveys.Outcome.RECORDED);

		assertThat(intake.byNumber(c.number()).status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(surveys.byToken(token).satisfaction()).isEqualTo(1);
		assertThat(surveys.byToken(token).reopened()).isFalse();
	}

	@Test
	void aSatisfactionOutsideOneToFiveOrALongCommentIsRefusedAndNothingIsSaved() {
		PetitionCase c = closedCase();
		String token = surveys.latestOf(c).orElseThrow().token();

		assertThat(catchThrowableOfType(InvalidInput.class, () -> surveys.answer(token, 0, null)).errors())
			.singleElement().extracting(InvalidInput.FieldError::field).isEqualTo("satisfaction");
		assertThat(catchThrowableOfType(InvalidInput.class, () -> surveys.answer(token, 3, "長".repeat(2001))).errors())
			.singleElement().extracting(InvalidInput.FieldError::field).isEqualTo("comment");
		assertThat(surveys.byToken(token).answered()).isFalse();
	}

	@Test
	void satisfactionPerAgencyCountsTheAnswersOfTheMonthsClosures() {
		long agency = users.agencyId("TCG-CON");
		survey(agency, LocalDateTime.of(1975, 3, 31, 23, 30), 5);
		survey(agency, LocalDateTime.of(1975, 3, 1, 0, 10), 2);
		survey(agency, LocalDateTime.of(1975, 3, 15, 12, 0), null);
		// 1 April in Taipei: the next month
		survey(agency, LocalDateTime.of(1975, 4, 1, 0, 5), 1);

		assertThat(surveys.satisfactionPerAgency(YearMonth.of(1975, 3))).singleElement().satisfies(s -> {
			assertThat(s.agencyId()).isEqualTo(agency);
			assertThat(s.answers()).isEqualTo(2);
			assertThat(s.average()).isEqualByComparingTo(new BigDecimal("3.50"));
			assertThat(s.satisfiedPercent()).isEqualByComparingTo(new BigDecimal("50.0"));
		});
	}

	@Test
	void theDemoHasAnsweredSurveysAndOpenOnesWithReadableTokens() {
		assertThat(jdbc.sql("select count(*) from petition_survey where token like 'demo-%' and answered_at is not null")
			.query(Long.class).single()).isPositive();
		String token = jdbc.sql("select token from petition_survey where token like 'demo-%' and answered_at is null limit 1")
			.query(String.class).single();
		Survey open = surveys.byToken(token);
		assertThat(token).isEqualTo("demo-" + open.caseNumber());
		assertThat(open.answered()).isFalse();
	}

	private static int sequence;

	/** A case closed in 1975 (Taipei time) with its survey, answered when satisfaction is given. */
	private void survey(long agency, LocalDateTime closedLocal, Integer satisfaction) {
		Timestamp closed = Timestamp.from(closedLocal.atZone(TAIPEI).toInstant());
		long caseId = jdbc.sql("""
				insert into petition_case (number, kind, channel, category, description, anonymous, reply_channel, language,
				                           received_at, deadline, status, agency_id, closed_at)
				values (?, 'DISPATCH', 'PHONE_1999', 'STREET_LIGHT', '滿意度測試', true, 'NONE', 'zh-TW', ?, ?, 'CLOSED', ?, ?)
				returning id""")
			.params("SV1975-" + (++sequence), closed, closed, agency, closed).query(Long.class).single();
		jdbc.sql("""
				insert into petition_survey (token, case_id, agency_id, closed_at, created_at, answered_at, satisfaction)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params("sv1975-" + sequence, caseId, agency, closed, closed, satisfaction == null ? null : closed, satisfaction)
			.update();
	}

	/** A street light case, handled and closed by TCG-CON's handler and head. */
	private PetitionCase closedCase() {
		PetitionCase c = intake.receive(new NewCase(null, Channel.PHONE_1999, "STREET_LIGHT", false, "大墩路路燈不亮",
				new Location("臺中市南屯區大墩路", "南屯區", 24.15, 120.65),
				new Petitioner("林小華", "0911222333", "lin@example.tw", null), ReplyChannel.PHONE, "zh-TW")).petitionCase();
		long agency = users.agencyId("TCG-CON");
		signIn(Role.CASE_HANDLER, agency);
		c = workflow.take(c.number(), Step.ACCEPT, StepInput.at(c.version()));
		c = workflow.take(c.number(), Step.START, StepInput.at(c.version()));
		c = workflow.take(c.number(), Step.DRAFT_REPLY, StepInput.at(c.version()).replying("已更換燈泡。"));
		signIn(Role.AGENCY_HEAD, agency);
		c = workflow.take(c.number(), Step.APPROVE_REPLY, StepInput.at(c.version()));
		SecurityContextHolder.clearContext();
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		return c;
	}

	private static void signIn(Role role, long agencyId) {
		SignedInUser user = new SignedInUser(new CurrentUser(810_000 + role.ordinal(), "sv-" + role.name().toLowerCase(),
				agencyId, Set.of(role)), "滿意度測試");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
