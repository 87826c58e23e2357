package tw.yankao.plan.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.editing.EditorFixture;
import tw.yankao.shared.security.Roles;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CALL_AGENT;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * The plan list, view, editor and API through MockMvc: who may do what, the 409 on a stale save
 * (for htmx as a fragment), field errors with the typed value kept, ETags and problem details.
 */
@YankaoWebTest
class PlanWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	TestUsers users;

	@Autowired
	PlanManagement plans;

	@Autowired
	JdbcClient jdbc;

	AnnualPlanId own;

	AnnualPlanId other;

	@BeforeEach
	void drafts() {
		EditorFixture.removeYears(jdbc);
		own = EditorFixture.draftWithGoals(plans, users.ownAgency(), 911);
		other = EditorFixture.draftWithGoals(plans, users.otherAgency(), 912);
	}

	@AfterEach
	void clean() {
		EditorFixture.removeYears(jdbc);
	}

	@Test
	void staffSeeThePlansOfTheirScopeAndTheRdecSeesAll() throws Exception {
		mvc.perform(get("/plans").with(users.as(AGENCY_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/plans/" + own)))
			.andExpect(content().string(not(containsString("/plans/" + other + "\""))))
			.andExpect(content().string(containsString("建立空白草稿")));
		mvc.perform(get("/plans").param("year", "912").with(users.as(RDEC_STAFF)))
			.andExpect(content().string(containsString("/plans/" + other)))
			.andExpect(content().string(not(containsString("/plans/" + own + "\""))))
			.andExpect(content().string(not(containsString("建立空白草稿"))));
	}

	@Test
	void theViewShowsWeightsParsedTargetsAndFlagsUnreadableFormulas() throws Exception {
		plans.revise(own, 1, "test", plan -> plan.withContent(content -> new tw.yankao.plan.PlanContent(
				content.objectives(), java.util.List.of(new tw.yankao.plan.StrategicGoal("一", "目標", null, null,
						java.util.List.of(new tw.yankao.plan.Indicator("自由心證指標", new java.math.BigDecimal("7"), 2,
								"文件資料", "完成系統建置。", new tw.yankao.plan.IndicatorTarget("3,420萬次",
										new java.math.BigDecimal("34200000"), "次"),
								tw.yankao.plan.Direction.HIGHER_IS_BETTER)))),
				content.programmes(), content.budget(), content.priorYear(), content.unrecognised())));

		mvc.perform(get("/plans/{id}", own).with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3,420萬次")))
			.andExpect(content().string(containsString("數值 34200000，單位「次」")))
			.andExpect(content().string(containsString("公式無法解讀")))
			.andExpect(content().string(not(containsString("/plans/" + own + "/edit"))));
		mvc.perform(get("/plans/{id}", own).with(users.as(AGENCY_LIAISON)))
			.andExpect(content().string(containsString("/plans/" + own + "/edit")));
	}

	@Test
	void theViewLinksTheBookTheReviewAndTheDashboardForViewersAllowedToFollowThem() throws Exception {
		String[] links = {"/plans/" + own + "/book.odt", "/plans/" + own + "/book.docx", "/plans/" + own + "/book.pdf",
				"/plans/" + own + "/review", "/plans/dashboard?agency=" + TestUsers.OWN_AGENCY + "&amp;year=911"};
		String page = mvc.perform(get("/plans/{id}", own).with(users.as(AGENCY_LIAISON)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (String link : links) {
			org.assertj.core.api.Assertions.assertThat(page).contains("href=\"" + link + "\"");
			mvc.perform(get(link.replace("&amp;", "&")).with(users.as(AGENCY_LIAISON))).andExpect(status().isOk());
		}
		// a 1999 agent may read the plan and its book, but neither review it nor open the dashboard
		mvc.perform(get("/plans/{id}", own).with(users.as(CALL_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/plans/" + own + "/book.pdf\"")))
			.andExpect(content().string(not(containsString("href=\"/plans/" + own + "/review\""))))
			.andExpect(content().string(not(containsString("/plans/dashboard?"))));
	}

	@Test
	void pagesFollowTheAgencyScopeAndOnlyLiaisonsAndAdministratorsEdit() throws Exception {
		matrix.agencyRecord(agency -> get("/plans/{id}", own)).allows(Roles.STAFF).check();
		matrix.agencyRecord(agency -> get("/api/plans/{id}", own)).allows(Roles.STAFF).check();
		matrix.agencyRecord(agency -> get("/plans/{id}/edit", own)).allows(SYSTEM_ADMIN, AGENCY_LIAISON).check();
		matrix.agencyRecord(agency -> post("/plans/{id}/edit/goals/0", own).param("version", "1")
			.param("name", "x")
			.param("weight", "1")).allows(SYSTEM_ADMIN, AGENCY_LIAISON).check();
		matrix.endpoint(() -> get("/plans")).allows(Roles.STAFF).check();
		matrix.endpoint(() -> get("/medium-term-plans")).allows(Roles.STAFF).check();
	}

	@Test
	void aSaveRedirectsBackAndShowsTheNewValues() throws Exception {
		mvc.perform(post("/plans/{id}/edit/goals/0", own).with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.param("version", "1")
			.param("code", "一")
			.param("name", "提升市政效能")
			.param("weight", "33"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/plans/" + own + "/edit"));
		mvc.perform(get("/plans/{id}/edit", own).with(users.as(AGENCY_LIAISON)))
			.andExpect(content().string(containsString("value=\"33\"")))
			.andExpect(content().string(containsString("策略績效目標權重合計 55%")));
	}

	@Test
	void refusedInputIsShownAsTypedWithTheReason() throws Exception {
		mvc.perform(post("/plans/{id}/edit/goals/0/indicators/0", own).with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.param("version", "1")
			.param("name", "管考執行率")
			.param("weight", "abc")
			.param("target", "差不多就好"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("權重須為 0 至 100 的數字，「abc」不符")))
			.andExpect(content().string(containsString("目標值「差不多就好」無法解讀")))
			.andExpect(content().string(containsString("value=\"差不多就好\"")));
	}

	@Test
	void aStaleSaveIsAConflictWithAWayToReload() throws Exception {
		plans.revise(own, 1, "someone else", plan -> plan);

		mvc.perform(post("/plans/{id}/edit/goals/0", own).with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.header("HX-Request", "true")
			.param("version", "1")
			.param("name", "晚到的修改")
			.param("weight", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"plan-editor\"")))
			.andExpect(content().string(containsString("有人在您開啟後修改了這份計畫")))
			.andExpect(content().string(containsString("href=\"/plans/" + own + "/edit\"")));
		mvc.perform(get("/plans/{id}", own).with(users.as(AGENCY_LIAISON)))
			.andExpect(content().string(not(containsString("晚到的修改"))));
	}

	@Test
	void aSubmittedPlanIsNotEditable() throws Exception {
		jdbc.sql("update annual_plan set status = 'SUBMITTED' where id = :id").param("id", own.value()).update();

		mvc.perform(post("/plans/{id}/edit/objectives", own).with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.param("version", "1")
			.param("text", "新目標"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已提送研考會審查")));
	}

	@Test
	void aNewDraftStartsEmptyAndASecondForTheSameYearOpensTheFirst() throws Exception {
		mvc.perform(post("/plans").with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.param("agency", String.valueOf(users.ownAgency()))
			.param("year", "913")).andExpect(status().is3xxRedirection());
		AnnualPlanId created = plans.plans(new tw.yankao.plan.PlanQuery(913, users.ownAgency(), null,
				java.util.Optional.empty())).get(0).id();
		mvc.perform(post("/plans").with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.param("agency", String.valueOf(users.ownAgency()))
			.param("year", "913")).andExpect(redirectedUrl("/plans/" + created));
		mvc.perform(post("/plans").with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.param("agency", String.valueOf(users.otherAgency()))
			.param("year", "914")).andExpect(status().isForbidden());
	}

	@Test
	void theApiListsReadsAndChangesAGoalAgainstItsEtag() throws Exception {
		mvc.perform(get("/api/plans").param("year", "911").with(users.as(AGENCY_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id.value").value(own.value()));
		mvc.perform(get("/api/plans").param("year", "912").with(users.as(AGENCY_LIAISON)))
			.andExpect(jsonPath("$").isEmpty());
		mvc.perform(get("/api/plans/{id}", own).with(users.as(AGENCY_LIAISON)))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.content.goals[0].weight").value(18));

		String goal = "{\"code\":\"一\",\"name\":\"API 修改\",\"weight\":40,\"narrative\":null}";
		mvc.perform(put("/api/plans/{id}/goals/0", own).with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(goal))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""))
			.andExpect(jsonPath("$.name").value("API 修改"));
		mvc.perform(put("/api/plans/{id}/goals/0", own).with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(goal))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.currentVersion").value(2));
		mvc.perform(put("/api/plans/{id}/goals/0", own).with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.header("If-Match", "\"2\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"weight\":\"一百\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("weight"));
		mvc.perform(put("/api/plans/{id}/goals/0", own).with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.contentType(MediaType.APPLICATION_JSON)
			.content(goal)).andExpect(status().isPreconditionRequired());
		mvc.perform(put("/api/plans/{id}/goals/0", own).with(csrf())
			.with(users.as(RDEC_STAFF))
			.header("If-Match", "\"2\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(goal)).andExpect(status().isForbidden());
	}

}
