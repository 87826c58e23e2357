package tw.yankao.plan.achievement.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.achievement.AchievementFixture;
import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Achievement entry, evidence, submit and confirm, locking and the dashboard, through pages and the API. */
@YankaoWebTest
class AchievementWebTest {

	static final String PASS_RATE = "及格率";
	static final String E_TENDER = "電子領標";
	static final String DEFECTS = "缺失件數";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanManagement plans;

	@Autowired
	JdbcClient jdbc;

	AchievementFixture.Plan plan;

	@BeforeEach
	void plan() {
		plan = new AchievementFixture(plans, jdbc).approvedFuture(users.ownAgency());
	}

	@Test
	void numeratorAndDenominatorGiveTheActualThroughTheFormula() throws Exception {
		long id = plan.indicator(PASS_RATE);
		enter(id, "numerator", "187", "denominator", "210").andExpect(status().is3xxRedirection());
		mvc.perform(get(api(id)).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].period").value(String.valueOf(plan.year())))
			.andExpect(jsonPath("$[0].actual").value(89.0476))
			.andExpect(jsonPath("$[0].numerator").value(187))
			.andExpect(jsonPath("$[0].status").value("DRAFT"))
			.andExpect(jsonPath("$[0].enteredBy").value("test-agency_liaison"));
	}

	@Test
	void badInputIsNamedOnTheFormAndNothingIsSaved() throws Exception {
		long id = plan.indicator(PASS_RATE);
		enter(id, "actual", "八成").andExpect(content().string(containsString("「八成」不是數字")));
		enter(id, "numerator", "187").andExpect(content().string(containsString("填寫分子時必須填寫分母")));
		enter(id, "numerator", "187", "denominator", "0").andExpect(content().string(containsString("分母不可為 0")));
		enter(id, "actual", "80", "period", (plan.year() - 1) + "")
			.andExpect(content().string(containsString("不在本計畫年度")));
		enter(id, "actual", "80", "period", plan.year() + "-Q5").andExpect(content().string(containsString("無法辨識期別")));
		assertThat(reportCount(id)).isZero();
	}

	@Test
	void theApiNamesTheFieldAndRefusesAStaleVersionWith409() throws Exception {
		long id = plan.indicator(E_TENDER);
		mvc.perform(apiEntry(id, "{\"period\":\"%d-Q1\",\"actual\":\"abc\"}".formatted(plan.year())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("actual"));
		mvc.perform(apiEntry(id, "{\"period\":\"%d-Q1\",\"actual\":\"90\"}".formatted(plan.year())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(apiEntry(id, "{\"period\":\"%d-Q1\",\"actual\":\"95\",\"version\":0}".formatted(plan.year())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(apiEntry(id, "{\"period\":\"%d-Q1\",\"actual\":\"99\",\"version\":0}".formatted(plan.year())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reload").value("/api/plans/indicators/" + id + "/achievements"));
		mvc.perform(get(api(id)).with(users.as(Role.AGENCY_LIAISON))).andExpect(jsonPath("$[0].actual").value(95));
	}

	@Test
	void aStaleSubmitShowsTheConflictPageWithAWayToReload() throws Exception {
		long id = plan.indicator(E_TENDER);
		enter(id, "actual", "90");
		long report = reportId(id);
		mvc.perform(post("/plans/achievement/reports/" + report + "/submit").param("version", "7")
			.with(users.as(Role.AGENCY_LIAISON))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("重新載入")));
	}

	@Test
	void evidenceIsStoredWhenAcceptedAndRefusedWithAReasonOtherwise() throws Exception {
		long id = plan.indicator(PASS_RATE);
		enter(id, "actual", "85");
		long report = reportId(id);
		upload(report, "成果.pdf", "%PDF-1.4 evidence".getBytes());
		upload(report, "virus.exe", "MZ".getBytes());
		upload(report, "fake.pdf", "PK\u0003\u0004".getBytes());
		assertThat(jdbc.sql("select file_name from achievement_evidence where report_id = :r").param("r", report)
			.query(String.class).list()).containsExactly("成果.pdf");
		mvc.perform(multipart("/plans/achievement/reports/" + report + "/evidence")
			.file(new MockMultipartFile("evidence", "virus.exe", "application/octet-stream", "MZ".getBytes()))
			.with(users.as(Role.AGENCY_LIAISON)).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("evidenceError"));
		long fileId = jdbc.sql("select id from achievement_evidence where report_id = :r").param("r", report)
			.query(Long.class).single();
		mvc.perform(get("/plans/achievement/evidence/" + fileId).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().bytes("%PDF-1.4 evidence".getBytes()));
		mvc.perform(get("/plans/achievement/evidence/" + fileId).with(users.as(Role.AGENCY_HEAD, users.otherAgency())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAgencySubmitsTheRdecConfirmsAndTheReportIsThenLocked() throws Exception {
		long id = plan.indicator(PASS_RATE);
		enter(id, "actual", "85");
		long report = reportId(id);
		mvc.perform(post("/plans/achievement/reports/" + report + "/submit").param("version", "0")
			.with(users.as(Role.CASE_HANDLER)).with(csrf())).andExpect(status().is3xxRedirection());
		enter(id, "actual", "99", "version", "1").andExpect(content().string(containsString("已送出，不能再修改")));
		mvc.perform(post("/plans/achievement/reports/" + report + "/confirm").param("version", "1")
			.with(users.as(Role.AGENCY_LIAISON)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/plans/achievement/reports/" + report + "/confirm").param("version", "1")
			.with(users.as(Role.RDEC_STAFF)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(api(id)).with(users.as(Role.RDEC_STAFF)))
			.andExpect(jsonPath("$[0].status").value("CONFIRMED"))
			.andExpect(jsonPath("$[0].confirmedBy").value("test-rdec_staff"))
			.andExpect(jsonPath("$[0].actual").value(85));
	}

	@Test
	void aPlanNotYetApprovedTakesNoReport() throws Exception {
		AchievementFixture.Plan draft = new AchievementFixture(plans, jdbc).draft(users.ownAgency());
		long id = draft.indicator(PASS_RATE);
		mvc.perform(post("/plans/achievement/indicators/" + id + "/reports").param("period", draft.year() + "")
			.param("actual", "80").with(users.as(Role.AGENCY_LIAISON)).with(csrf()))
			.andExpect(content().string(containsString("施政計畫尚未核定")));
		assertThat(reportCount(id)).isZero();
	}

	@Test
	void theDashboardRatesIndicatorsAndWeighsGoalsAndTheAgency() throws Exception {
		enter(plan.indicator(PASS_RATE), "numerator", "187", "denominator", "210"); // 89.05 % of 83 % → capped 100
		enter(plan.indicator(E_TENDER), "actual", "90"); // 90 % of 100 % → 90
		enter(plan.indicator(DEFECTS), "actual", "150"); // ≤120, 150 found → 80
		mvc.perform(get("/api/plans/dashboard").param("agency", TestUsers.OWN_AGENCY).param("year", plan.year() + "")
			.with(users.as(Role.AGENCY_HEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missingReports").value(2))
			.andExpect(jsonPath("$.goals[1].indicators[0].achievementRate").value(100))
			.andExpect(jsonPath("$.goals[1].indicators[1].achievementRate").value(90))
			.andExpect(jsonPath("$.goals[1].indicators[2].missingReport").value(true))
			// goal 二: 15 × 100 + 10 × 90 over 25 (the missing 15 % indicator is left out)
			.andExpect(jsonPath("$.goals[1].score").value(96))
			.andExpect(jsonPath("$.goals[2].indicators[0].achievementRate").value(80))
			// agency: goals 二 (40 %) at 96 and 三 (15 %) at 80; goal 一 has no report
			.andExpect(jsonPath("$.score").value(closeTo((40 * 96 + 15 * 80) / 55.0)));
		mvc.perform(get("/plans/dashboard").param("agency", TestUsers.OWN_AGENCY).param("year", plan.year() + "")
			.with(users.as(Role.AGENCY_HEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("echarts.min.js")))
			.andExpect(content().string(containsString("/plans/achievement/indicators/" + plan.indicator(DEFECTS))))
			.andExpect(content().string(containsString("未填報")));
		mvc.perform(get("/plans/dashboard/city").param("year", plan.year() + "").with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/plans/dashboard?agency=" + TestUsers.OWN_AGENCY)));
	}

	@Test
	void thePagesSpeakEnglishOnRequest() throws Exception {
		long id = plan.indicator(PASS_RATE);
		enter(id, "actual", "85");
		mvc.perform(get("/plans/achievement/indicators/" + id).param("lang", "en").param("period", plan.year() + "-H2")
			.with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Report achievement")))
			.andExpect(content().string(containsString(plan.year() + " second half")))
			.andExpect(content().string(containsString("Year " + plan.year())));
	}

	private static org.hamcrest.Matcher<Double> closeTo(double value) {
		return org.hamcrest.Matchers.closeTo(value, 0.0001);
	}

	private ResultActions enter(long indicatorId, String... fields) throws Exception {
		var request = post("/plans/achievement/indicators/" + indicatorId + "/reports").with(users.as(Role.AGENCY_LIAISON))
			.with(csrf());
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>(java.util.Map.of("period", plan.year() + ""));
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		values.forEach(request::param);
		return mvc.perform(request);
	}

	private void upload(long report, String name, byte[] content) throws Exception {
		mvc.perform(multipart("/plans/achievement/reports/" + report + "/evidence")
			.file(new MockMultipartFile("evidence", name, "application/octet-stream", content))
			.with(users.as(Role.AGENCY_LIAISON))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	private org.springframework.test.web.servlet.RequestBuilder apiEntry(long id, String json) {
		return post(api(id)).contentType(MediaType.APPLICATION_JSON).content(json)
			.with(users.as(Role.AGENCY_LIAISON)).with(csrf());
	}

	private static String api(long indicatorId) {
		return "/api/plans/indicators/" + indicatorId + "/achievements";
	}

	private long reportCount(long indicatorId) {
		return jdbc.sql("select count(*) from achievement_report where indicator_id = :i").param("i", indicatorId)
			.query(Long.class).single();
	}

	private long reportId(long indicatorId) {
		return jdbc.sql("select id from achievement_report where indicator_id = :i").param("i", indicatorId)
			.query(Long.class).single();
	}

}
