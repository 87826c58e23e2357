package tw.yankao.tracking.council;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Every council endpoint against every kind of caller. Writes send input that is refused, so that
 * an allowed caller changes nothing.
 */
@YankaoWebTest
class CouncilAuthorizationTest {

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	long session;

	long question;

	@BeforeEach
	void question() throws Exception {
		CouncilFixture fixture = new CouncilFixture(mvc, users, jdbc);
		session = fixture.session();
		question = fixture.question(session, "1", users.ownAgency(), "權限測試");
	}

	@Test
	void staffReadSessionsAndOnlyTheRdecOpensThemAndRegistersQuestions() throws Exception {
		matrix.endpoint(() -> get("/tracking/council")).allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
		matrix.endpoint(() -> get("/tracking/council/" + session))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD).check();
		matrix.endpoint(() -> post("/tracking/council").param("term", "x")).allows(RDEC_STAFF).check();
		matrix.endpoint(() -> post("/tracking/council/" + session + "/questions").param("number", "")).allows(RDEC_STAFF).check();
	}

	@Test
	void onlyTheCityDownloadsTheBooklet() throws Exception {
		matrix.endpoint(() -> get("/tracking/council/" + session + "/booklet.odt")).allows(SYSTEM_ADMIN, RDEC_STAFF).check();
	}

	@Test
	void theOwnerAgencyReadsAndRepliesTheLiaisonDraftsTheHeadDecides() throws Exception {
		matrix.agencyRecord(agency -> get("/tracking/council/questions/" + question))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD).check();
		matrix.agencyRecord(agency -> post("/tracking/council/questions/" + question + "/reply").param("reply", "")
			.param("version", "0")).allows(AGENCY_LIAISON).check();
		matrix.agencyRecord(agency -> post("/tracking/council/questions/" + question + "/approve").param("version", "0"))
			.allows(AGENCY_HEAD).check();
		matrix.agencyRecord(agency -> post("/tracking/council/questions/" + question + "/return").param("version", "0"))
			.allows(AGENCY_HEAD).check();
	}

}
