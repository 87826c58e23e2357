package tw.yankao.tracking.evaluation;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;
import static tw.yankao.tracking.TrackingFixture.json;
import static tw.yankao.tracking.evaluation.EvaluationFixture.ROC_YEAR;

/**
 * Only the RDEC opens, reviews and finalises; staff read; agency staff read their own items of a
 * final round and no other agency's.
 */
@YankaoWebTest
class EvaluationAuthorizationTest {

	private static final String ROUND = "/tracking/evaluation/" + ROC_YEAR;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuthorizationMatrix matrix;

	EvaluationFixture fixture;

	long evaluation;

	@BeforeEach
	void finalRound() throws Exception {
		fixture = new EvaluationFixture(mvc, users, jdbc);
		fixture.clean();
		long item = fixture.item(users.ownAgency(), "1983-01-01", "1983-12-31", "TRACKED");
		mvc.perform(post("/tracking/evaluation").with(csrf()).with(users.as(RDEC_STAFF)).param("year", String.valueOf(ROC_YEAR)))
			.andExpect(status().is3xxRedirection());
		evaluation = jdbc.sql("select id from tracking_evaluations where item_id = ?").param(item).query(Long.class).single();
		mvc.perform(put("/api/tracking/evaluation/" + ROC_YEAR + "/items/" + evaluation).with(csrf()).with(users.as(RDEC_STAFF))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(Map.of("version", 0, "values", Map.of("COUNTERMEASURES", 80), "comment", "尚可"))))
			.andExpect(status().isOk());
		mvc.perform(post(ROUND + "/finalise").with(csrf()).with(users.as(RDEC_STAFF)).param("version", "0"))
			.andExpect(status().is3xxRedirection());
	}

	@AfterEach
	void clean() {
		fixture.clean();
	}

	@Test
	void staffReadRoundsAndTheirAgencysEvaluations() throws Exception {
		matrix.endpoint(() -> get("/tracking/evaluation")).allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
		matrix.endpoint(() -> get(ROUND)).allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD).check();
		matrix.endpoint(() -> get(ROUND + "/rewards.csv")).allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
		matrix.endpoint(() -> get(ROUND + "/rewards.xlsx")).allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
		matrix.agencyRecord(agency -> get(ROUND + "/items/" + evaluation))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
		matrix.agencyRecord(agency -> get("/api/tracking/evaluation/" + ROC_YEAR + "/items/" + evaluation))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
	}

	@Test
	void onlyTheRdecOpensReviewsAndFinalises() throws Exception {
		// the RDEC is let through and refused for the input: no year, a final round, no version
		matrix.endpoint(() -> post("/tracking/evaluation")).allows(RDEC_STAFF).check();
		matrix.endpoint(() -> post(ROUND + "/finalise").param("version", "1")).allows(RDEC_STAFF).check();
		matrix.endpoint(() -> post(ROUND + "/items/" + evaluation).param("version", "1")).allows(RDEC_STAFF).check();
		matrix.endpoint(() -> put("/api/tracking/evaluation/" + ROC_YEAR + "/items/" + evaluation)
			.contentType(MediaType.APPLICATION_JSON).content(json(Map.of("version", 1)))).allows(RDEC_STAFF).check();
	}

}
