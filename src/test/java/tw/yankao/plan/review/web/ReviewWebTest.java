package tw.yankao.plan.review.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.PlanWorkflow;
import tw.yankao.plan.review.ReviewFixtures;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * The review's pages and API on 建設局's (TCG-CON, the matrix's own agency) plan of ROC year 401,
 * which no other test uses: who may call what, and what the pages and problems say.
 */
@YankaoWebTest
class ReviewWebTest {

	private static final int YEAR = 401;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	PlanWorkflow workflow;

	@Autowired
	PlanManagement plans;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	ReviewFixtures fixtures;

	AnnualPlanId id;

	/** A plan of the own agency, submitted as version 1. */
	@BeforeEach
	void submittedPlan() {
		fixtures = new ReviewFixtures(plans, agencies, jdbc);
		id = fixtures.draft(TestUsers.OWN_AGENCY, YEAR);
		fixtures.signIn(AGENCY_LIAISON, TestUsers.OWN_AGENCY);
		workflow.submit(id, 0);
		ReviewFixtures.signOut();
	}

	@AfterEach
	void signOutAndRemoveThePlan() {
		ReviewFixtures.signOut();
		fixtures.remove(TestUsers.OWN_AGENCY, YEAR);
	}

	@Test
	void pagesAreForTheRdecAndTheAgencysLiaisonAndHead() throws Exception {
		matrix.endpoint(() -> get("/plans/review")).allows(RDEC_STAFF, SYSTEM_ADMIN).check();
		matrix.agencyRecord(agency -> get(path("/review")))
			.allows(RDEC_STAFF, SYSTEM_ADMIN, AGENCY_LIAISON, AGENCY_HEAD)
			.check();
		matrix.agencyRecord(agency -> post(path("/review/submit")).param("version", "1"))
			.allows(AGENCY_LIAISON)
			.check();
		matrix.agencyRecord(agency -> post(path("/review/comments")).param("version", "1")
			.param("anchor", "plan")
			.param("row", "-1")
			.param("text", "意見")).allows(RDEC_STAFF, SYSTEM_ADMIN).check();
		matrix.agencyRecord(agency -> post(path("/review/return")).param("version", "99").param("reason", "x"))
			.allows(RDEC_STAFF, SYSTEM_ADMIN)
			.check();
		matrix.agencyRecord(agency -> post(path("/review/approve")).param("version", "99"))
			.allows(RDEC_STAFF, SYSTEM_ADMIN)
			.check();
		matrix.endpoint(() -> get("/plans/compilation/" + YEAR)).allows(RDEC_STAFF, SYSTEM_ADMIN).check();
		matrix.endpoint(() -> post("/plans/compilation/" + YEAR + "/compile").param("version", "99"))
			.allows(RDEC_STAFF, SYSTEM_ADMIN)
			.check();
		matrix.endpoint(() -> post("/plans/compilation/" + YEAR + "/publish").param("version", "99"))
			.allows(RDEC_STAFF, SYSTEM_ADMIN)
			.check();
	}

	@Test
	void theApiIsForTheSameRoles() throws Exception {
		matrix.agencyRecord(agency -> json(post(api("/submit")), "{\"version\":99}")).allows(AGENCY_LIAISON).check();
		for (String step : new String[] { "/return", "/approve" }) {
			matrix.agencyRecord(agency -> json(post(api(step)), "{\"version\":99,\"reason\":\"x\"}"))
				.allows(RDEC_STAFF, SYSTEM_ADMIN)
				.check();
		}
		matrix.agencyRecord(agency -> json(post(api("/comments")), "{\"version\":1,\"anchor\":\"plan\",\"text\":\"x\"}"))
			.allows(RDEC_STAFF, SYSTEM_ADMIN)
			.check();
		for (String read : new String[] { "/versions", "/versions/1/diff/1", "/comments" }) {
			matrix.agencyRecord(agency -> get(api(read)))
				.allows(RDEC_STAFF, SYSTEM_ADMIN, AGENCY_LIAISON, AGENCY_HEAD)
				.check();
		}
	}

	@Test
	void aStaleVersionIsAConflictNamingTheVersionAndAMissingReasonNamesTheReason() throws Exception {
		mvc.perform(json(post(api("/approve")), "{\"version\":0}").with(users.as(RDEC_STAFF)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(json(post(api("/return")), "{\"version\":1}").with(users.as(RDEC_STAFF)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(json(post(api("/approve")), "{}").with(users.as(RDEC_STAFF)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(plans.find(id).orElseThrow().summary().status()).isEqualTo(PlanStatus.SUBMITTED);

		mvc.perform(post(path("/review/approve")).param("version", "0").with(users.as(RDEC_STAFF)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("請重新載入頁面")));
		mvc.perform(post(path("/review/return")).param("version", "1")
			.param("reason", " ")
			.with(users.as(RDEC_STAFF))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("退回理由：請填寫內容")))
			.andExpect(content().string(containsString("href=\"/plans/" + id + "/review\"")));
	}

	@Test
	void theApiReturnsApprovesAndListsVersionsAndComments() throws Exception {
		mvc.perform(json(post(api("/comments")), "{\"version\":1,\"anchor\":\"plan\",\"text\":\"請補充說明\"}")
			.with(users.as(RDEC_STAFF))).andExpect(status().isCreated()).andExpect(jsonPath("$.anchor").value("plan"));
		mvc.perform(json(post(api("/return")), "{\"version\":1,\"reason\":\"請修正\"}").with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.version").value(2));
		fixtures.revise(TestUsers.OWN_AGENCY, YEAR);
		mvc.perform(json(post(api("/submit")), "{\"version\":3}").with(users.as(AGENCY_LIAISON)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(2));

		mvc.perform(get(api("/versions")).with(users.as(AGENCY_HEAD)))
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get(api("/comments")).with(users.as(AGENCY_LIAISON)))
			.andExpect(jsonPath("$[0].text").value("請補充說明"))
			.andExpect(jsonPath("$[1].kind").value("RETURN"));
		mvc.perform(get(api("/versions/1/diff/2")).with(users.as(RDEC_STAFF)))
			.andExpect(jsonPath("$.rows[?(@.change == 'CHANGED')].label").value(ReviewFixtures.INDICATOR));
		mvc.perform(json(post(api("/approve")), "{\"version\":4}").with(users.as(RDEC_STAFF)))
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void theRdecCommentsThroughHtmxAndTheLiaisonReadsTheCommentWithoutTheDecision() throws Exception {
		mvc.perform(get("/plans/review").with(users.as(RDEC_STAFF)))
			.andExpect(content().string(containsString("/plans/" + id + "/review")));
		mvc.perform(get(path("/review")).with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"approve-plan\"")))
			.andExpect(content().string(containsString("對「" + ReviewFixtures.INDICATOR + "」的意見")));

		mvc.perform(post(path("/review/comments")).header("HX-Request", "true")
			.param("version", "1")
			.param("anchor", "plan")
			.param("row", "-1")
			.param("text", "整體目標值偏低")
			.with(users.as(RDEC_STAFF))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("整體目標值偏低")))
			.andExpect(content().string(not(containsString("<html"))));

		mvc.perform(get(path("/review")).with(users.as(AGENCY_LIAISON)))
			.andExpect(content().string(containsString("整體目標值偏低")))
			.andExpect(content().string(not(containsString("id=\"approve-plan\""))))
			.andExpect(content().string(not(containsString("name=\"anchor\""))));
	}

	private String path(String rest) {
		return "/plans/" + id + rest;
	}

	private String api(String rest) {
		return "/api/plans/" + id + rest;
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
	}

}
