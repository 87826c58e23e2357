package tw.yankao.tracking.documents;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.plan.MetricDefinition;
import tw.yankao.plan.MetricValue;
import tw.yankao.plan.ReportingPeriod;
import tw.yankao.plan.editing.EditorFixture;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * The month's statistics and ranking, its trend, the page and the API with the viewer's scope.
 * The documents are received in March and April 2001 (no demo data there); all of them are long
 * past due, so an open one is overdue.
 */
@YankaoWebTest
class DocumentTimelinessWebTest {

	private static final YearMonth APRIL = YearMonth.of(2001, 4);

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	TestUsers users;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	DocumentTimeliness timeliness;

	@Autowired
	OnTimeClosureMetric metric;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void documents() {
		DocumentFiles.removeTestDocuments(jdbc);
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());
		documentImport.importFile("april.csv", DocumentFiles.csv(
				// Construction: one closed on time in 3 days, one closed 2 days late (10 days), one co-signed
				// closed on its due day (7 days), one application still open past due.
				"T-R1,TCG-CON,普通件,一般公文,2001-04-02,2001-04-10,2001-04-05",
				"T-R2,TCG-CON,普通件,一般公文,2001-04-02,2001-04-10,2001-04-12",
				"T-R3,TCG-CON,普通件,會辦公文,2001-04-03,2001-04-10,2001-04-10",
				"T-R4,TCG-CON,普通件,人民申請案件,2001-04-03,2001-04-10,",
				// Transportation: both on time; a document received on the last day of March is March's.
				"T-R5,TCG-TRA,速件,一般公文,2001-04-02,,2001-04-03",
				"T-R6,TCG-TRA,速件,訴願答辯,2001-04-30,,2001-05-02",
				"T-R7,TCG-TRA,速件,一般公文,2001-03-31,,"));
		EditorFixture.actAsNobody();
	}

	@AfterEach
	void clean() {
		DocumentFiles.removeTestDocuments(jdbc);
		EditorFixture.actAsNobody();
	}

	@Test
	void theRankingCountsOverdueOnTimeAndDaysPerAgencyWorstFirst() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());

		MonthlyRanking ranking = timeliness.ranking(APRIL);

		assertThat(ranking.rankedAgencies()).isEqualTo(2);
		assertThat(ranking.reportLinePercent()).isEqualByComparingTo("3");
		AgencyTimeliness construction = ranking.agencies().get(0);
		assertThat(construction.agencyId()).isEqualTo(users.ownAgency());
		assertThat(construction.rank()).isEqualTo(1);
		assertThat(construction.received()).isEqualTo(4);
		assertThat(construction.closed()).isEqualTo(3);
		assertThat(construction.overdue()).isEqualTo(2);
		assertThat(construction.overduePercent()).isEqualByComparingTo("50.00");
		assertThat(construction.onTimeClosurePercent()).isEqualByComparingTo("66.67");
		assertThat(construction.averageDaysToClose()).isEqualByComparingTo("6.7");
		assertThat(construction.reportsFixes()).isTrue();
		assertThat(construction.overdueByCategory())
			.containsEntry("GENERAL", new AgencyTimeliness.CategoryCount(2, 1))
			.containsEntry("CO_SIGNED", new AgencyTimeliness.CategoryCount(1, 0))
			.containsEntry("APPLICATION", new AgencyTimeliness.CategoryCount(1, 1))
			.containsEntry("APPEAL_REPLY", new AgencyTimeliness.CategoryCount(0, 0));
		AgencyTimeliness transportation = ranking.agencies().get(1);
		assertThat(transportation.rank()).isEqualTo(2);
		assertThat(transportation.received()).isEqualTo(2);
		assertThat(transportation.overdue()).isZero();
		assertThat(transportation.onTimeClosurePercent()).isEqualByComparingTo("100.00");
		assertThat(transportation.reportsFixes()).isFalse();
	}

	@Test
	void anAgencySeesItsOwnLineWithItsPlaceInTheCity() {
		EditorFixture.actAs(AGENCY_LIAISON, users.otherAgency());

		MonthlyRanking ranking = timeliness.ranking(APRIL);

		assertThat(ranking.rankedAgencies()).isEqualTo(2);
		assertThat(ranking.agencies()).singleElement().satisfies(line -> {
			assertThat(line.agencyId()).isEqualTo(users.otherAgency());
			assertThat(line.rank()).isEqualTo(2);
		});
	}

	@Test
	void theTrendHasTwelveMonthsEndingWithTheAskedOne() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());

		var trend = timeliness.trend(APRIL);

		assertThat(trend).hasSize(12);
		assertThat(trend.get(0).month()).isEqualTo(YearMonth.of(2000, 5));
		assertThat(trend.get(11)).isEqualTo(new MonthTotals(APRIL, 6, 2, 5, 4));
		assertThat(trend.get(10)).isEqualTo(new MonthTotals(YearMonth.of(2001, 3), 1, 1, 0, 0));
		assertThat(trend.get(9).received()).isZero();
		assertThat(trend.get(11).overduePercent()).isEqualByComparingTo(new BigDecimal("33.33"));
	}

	@Test
	void theTrendOfAnAgencyCountsOnlyItsScope() {
		EditorFixture.actAs(CASE_HANDLER, users.ownAgency());

		assertThat(timeliness.trend(APRIL).get(11)).isEqualTo(new MonthTotals(APRIL, 4, 2, 3, 2));
	}

	@Test
	void thePageShowsTheRankingTheLineAndTheTrendTable() throws Exception {
		mvc.perform(get("/tracking/documents/timeliness").param("month", "2001-04").with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("90年4月公文時效評比")))
			.andExpect(content().string(containsString("data-agency=\"TCG-CON\"")))
			.andExpect(content().string(containsString("class=\"over-line\"")))
			.andExpect(content().string(containsString("50.00 %")))
			.andExpect(content().string(containsString("id=\"trend\"")))
			.andExpect(content().string(containsString("echarts.min.js")));
		mvc.perform(get("/tracking/documents/timeliness").param("month", "2001-04").with(users.as(AGENCY_HEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-agency=\"TCG-CON\"")))
			.andExpect(content().string(not(containsString("data-agency=\"TCG-TRA\""))));
	}

	@Test
	void thePageNamesABadMonthAndShowsLastMonthInstead() throws Exception {
		mvc.perform(get("/tracking/documents/timeliness").param("month", "2001-13").with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"month-error\"")))
			.andExpect(content().string(containsString("月份「2001-13」格式錯誤")));
	}

	@Test
	void theApiReturnsTheRankingOfTheCallersScope() throws Exception {
		mvc.perform(get("/api/tracking/documents/timeliness").param("month", "2001-04").with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.month").value("2001-04"))
			.andExpect(jsonPath("$.rankedAgencies").value(2))
			.andExpect(jsonPath("$.agencies[0].agencyCode").value("TCG-CON"))
			.andExpect(jsonPath("$.agencies[0].overduePercent").value(50.0))
			.andExpect(jsonPath("$.agencies[0].onTimeClosurePercent").value(66.67))
			.andExpect(jsonPath("$.agencies[0].averageDaysToClose").value(6.7))
			.andExpect(jsonPath("$.agencies[0].reportsFixes").value(true))
			.andExpect(jsonPath("$.agencies[0].categories.APPLICATION.overdue").value(1))
			.andExpect(jsonPath("$.agencies[1].agencyCode").value("TCG-TRA"));
		mvc.perform(get("/api/tracking/documents/timeliness").param("month", "2001-04")
				.with(users.as(CASE_HANDLER, users.otherAgency())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencies.length()").value(1))
			.andExpect(jsonPath("$.agencies[0].agencyCode").value("TCG-TRA"))
			.andExpect(jsonPath("$.agencies[0].rank").value(2));
	}

	@Test
	void theApiRefusesABadOrFutureMonthNamingIt() throws Exception {
		for (String month : new String[] { "2001-4", "april", "2999-01" }) {
			mvc.perform(get("/api/tracking/documents/timeliness").param("month", month).with(users.as(RDEC_STAFF)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("month")));
		}
	}

	@Test
	void theLiveMetricIsTheShareClosedOnTimeOfThePeriodWithTheRankingAsLineage() {
		// No signed-in user: the plan module refreshes metrics in a nightly job.
		MetricValue construction = metric.value(OnTimeClosureMetric.KEY, users.ownAgency(),
				new ReportingPeriod(90, ReportingPeriod.Kind.QUARTER, 2)).orElseThrow();

		assertThat(construction.value()).isEqualByComparingTo("66.67");
		assertThat(construction.numerator()).isEqualByComparingTo("2");
		assertThat(construction.denominator()).isEqualByComparingTo("3");
		assertThat(construction.lineage()).isEqualTo("/tracking/documents/timeliness?month=2001-06");
		assertThat(metric.value(OnTimeClosureMetric.KEY, users.ownAgency(),
				new ReportingPeriod(90, ReportingPeriod.Kind.QUARTER, 4))).isEmpty();
		assertThat(metric.value("tracking.other", users.ownAgency(), ReportingPeriod.year(90))).isEmpty();
		assertThat(metric.metrics()).extracting(MetricDefinition::key).containsExactly(OnTimeClosureMetric.KEY);
	}

	@Test
	void staffReadTheRankingAndCitizensAndAgentsDoNot() throws Exception {
		matrix.endpoint(() -> get("/tracking/documents/timeliness"))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
		matrix.endpoint(() -> get("/api/tracking/documents/timeliness"))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
	}

}
