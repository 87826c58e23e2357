package tw.yankao.tracking.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.MetricValue;
import tw.yankao.plan.ReportingPeriod;
import tw.yankao.shared.profile.CityProfileLoader;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;
import tw.yankao.tracking.council.CouncilQuestion.ReplyState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The share of council replies on time: questions due in the period, replied or past their
 * deadline, of the agency and the units below it. Its questions are due in 1986 (ROC 75).
 */
@YankaoWebTest
class CouncilReplyTimelinessMetricTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CouncilStore store;

	@Autowired
	CouncilReplyTimelinessMetric metric;

	@Autowired
	AgencyDirectory agencies;

	@Test
	void theShareCountsRepliesOnTimeAgainstRepliedAndOverdueQuestions() throws Exception {
		// due on 1986-03-12: no other test's questions are due in 1986
		CouncilFixture fixture = new CouncilFixture(mvc, users, jdbc);
		long session = fixture.session("1986-01-10", "1986-02-10");
		long traffic = users.otherAgency();
		long onTime = fixture.question(session, "1", traffic, "準時");
		long alsoOnTime = fixture.question(session, "2", traffic, "也準時");
		long late = fixture.question(session, "3", traffic, "逾期");
		fixture.question(session, "4", traffic, "未答復且已逾期");
		approve(onTime, LocalDate.of(1986, 3, 1), false);
		approve(alsoOnTime, LocalDate.of(1986, 3, 12), false);
		approve(late, LocalDate.of(1986, 3, 13), true);

		MetricValue value = metric.value(CouncilReplyTimelinessMetric.KEY, traffic, ReportingPeriod.parse("75-H1")).orElseThrow();

		assertThat(value.value()).isEqualByComparingTo("50.00");
		assertThat(value.numerator()).isEqualByComparingTo("2");
		assertThat(value.denominator()).isEqualByComparingTo("4");
		assertThat(value.lineage()).isEqualTo("/tracking/council");
	}

	@Test
	void aPeriodWithoutQuestionsDueHasNoValue() {
		Optional<MetricValue> value = metric.value(CouncilReplyTimelinessMetric.KEY, users.ownAgency(),
				ReportingPeriod.parse("75-Q4"));
		assertThat(value).isEmpty();
		assertThat(metric.value("tracking.other", users.ownAgency(), ReportingPeriod.parse("74"))).isEmpty();
	}

	@Test
	void theProfileGivesThirtyDaysToReply() {
		assertThat(new CityProfileLoader().loadCity("taichung").tracking().council().replyDueDays()).isEqualTo(30);
	}

	/** Approved on a given day, as the head's approval would have stored it then. */
	private void approve(long itemId, LocalDate day, boolean late) {
		store.saveReply(itemId, 0, ReplyState.SUBMITTED, "答復", "test");
		store.approve(itemId, 1, "test", Instant.parse(day + "T02:00:00Z"), late);
	}

}
