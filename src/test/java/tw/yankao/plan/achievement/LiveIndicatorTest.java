package tw.yankao.plan.achievement;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.plan.MetricDefinition;
import tw.yankao.plan.PlanManagement;
import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Live indicators through the SPI, with the plan module's own metric computed from real reports:
 * binding, refresh by button and by the nightly job, lineage, and manual entry refused.
 */
@YankaoWebTest
class LiveIndicatorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanManagement plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MetricCatalog catalog;

	@Autowired
	LiveIndicators live;

	@Test
	void theCatalogOffersTheBuiltInMetric() {
		assertThat(catalog.all()).extracting(MetricDefinition::key).contains(OnTimeReportingMetric.KEY);
		assertThat(catalog.find(OnTimeReportingMetric.KEY).orElseThrow().unit()).isEqualTo("%");
	}

	@Test
	void aBoundIndicatorTakesTheShareOfReportsOnTimeWithItsLineage() throws Exception {
		AchievementFixture.Plan plan = new AchievementFixture(plans, jdbc).approvedFuture(users.ownAgency());
		long bound = plan.indicator("志工");
		bind(bound, OnTimeReportingMetric.KEY);
		// of the four other indicators: two submitted (on time: the deadline is centuries away), one draft, one missing
		submitted(plan, plan.indicator("及格率"), "85");
		submitted(plan, plan.indicator("電子領標"), "100");
		enter(plan, plan.indicator("流廢標"), "10");

		mvc.perform(post("/plans/achievement/indicators/" + bound + "/refresh").param("period", "" + plan.year())
			.with(users.as(Role.CASE_HANDLER)).with(csrf())).andExpect(status().is3xxRedirection());

		String lineage = "/plans/achievement/on-time?agency=" + plan.agencyId() + "&period=" + plan.year();
		mvc.perform(get("/api/plans/indicators/" + bound + "/achievements").with(users.as(Role.AGENCY_HEAD)))
			.andExpect(jsonPath("$[0].actual").value(50))
			.andExpect(jsonPath("$[0].numerator").value(2))
			.andExpect(jsonPath("$[0].denominator").value(4))
			.andExpect(jsonPath("$[0].liveMetric").value(OnTimeReportingMetric.KEY))
			.andExpect(jsonPath("$[0].lineage").value(lineage));
		mvc.perform(get("/plans/achievement/indicators/" + bound).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(content().string(containsString("href=\"" + lineage.replace("&", "&amp;") + "\"")));
		mvc.perform(get(lineage).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("及格率")))
			.andExpect(content().string(containsString("缺失件數")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("志工人數成長比例"))));

		// the nightly job leaves a year that has not begun alone
		live.refreshAll();
		assertThat(actuals(bound)).containsExactly("50.00");
		// one more on time, and the next refresh replaces the live value
		submitted(plan, plan.indicator("缺失件數"), "63");
		mvc.perform(post("/plans/achievement/indicators/" + bound + "/refresh").param("period", "" + plan.year())
			.with(users.as(Role.RDEC_STAFF)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(actuals(bound)).containsExactly("75.00");
	}

	@Test
	void manualEntryIsRefusedForABoundIndicatorUntilItIsUnbound() throws Exception {
		AchievementFixture.Plan plan = new AchievementFixture(plans, jdbc).approvedFuture(users.ownAgency());
		long bound = plan.indicator("及格率");
		bind(bound, OnTimeReportingMetric.KEY);
		mvc.perform(post("/api/plans/indicators/" + bound + "/achievements").contentType(MediaType.APPLICATION_JSON)
			.content("{\"period\":\"" + plan.year() + "\",\"actual\":\"80\"}")
			.with(users.as(Role.AGENCY_LIAISON)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("actual"));
		mvc.perform(post("/plans/achievement/indicators/" + bound + "/binding/delete")
			.with(users.as(Role.AGENCY_LIAISON)).with(csrf())).andExpect(status().is3xxRedirection());
		enter(plan, bound, "80");
		assertThat(actuals(bound)).containsExactly("80");
	}

	@Test
	void anUnknownMetricIsRefusedAndNothingBound() throws Exception {
		AchievementFixture.Plan plan = new AchievementFixture(plans, jdbc).approvedFuture(users.ownAgency());
		long id = plan.indicator("及格率");
		bind(id, "no.such-metric");
		assertThat(jdbc.sql("select count(*) from indicator_metric_binding where indicator_id = :i").param("i", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void theNightlyJobFillsEveryBegunPeriodAndLateReportsDoNotCount() throws Exception {
		AchievementFixture.Plan past = new AchievementFixture(plans, jdbc).approvedPast(users.ownAgency());
		long bound = past.indicator("缺失件數");
		bind(bound, OnTimeReportingMetric.KEY);
		// submitted today for a year that ended decades ago: late
		submitted(past, past.indicator("及格率"), "85");
		live.refreshAll();
		assertThat(jdbc.sql("select count(*) from achievement_report where indicator_id = :i and live_metric is not null")
			.param("i", bound).query(Long.class).single()).isEqualTo(7);
		assertThat(jdbc.sql("select actual from achievement_report where indicator_id = :i and period_kind = 'YEAR'")
			.param("i", bound).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("0");
	}

	private void bind(long indicator, String metric) throws Exception {
		mvc.perform(post("/plans/achievement/indicators/" + indicator + "/binding").param("metric", metric)
			.with(users.as(Role.AGENCY_LIAISON)).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private void enter(AchievementFixture.Plan plan, long indicator, String actual) throws Exception {
		mvc.perform(post("/plans/achievement/indicators/" + indicator + "/reports").param("period", "" + plan.year())
			.param("actual", actual).with(users.as(Role.AGENCY_LIAISON)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private void submitted(AchievementFixture.Plan plan, long indicator, String actual) throws Exception {
		enter(plan, indicator, actual);
		long report = jdbc.sql("select id from achievement_report where indicator_id = :i").param("i", indicator)
			.query(Long.class).single();
		mvc.perform(post("/plans/achievement/reports/" + report + "/submit").param("version", "0")
			.with(users.as(Role.AGENCY_LIAISON)).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private List<String> actuals(long indicator) {
		return jdbc.sql("select actual::text from achievement_report where indicator_id = :i").param("i", indicator)
			.query(String.class).list();
	}

}
