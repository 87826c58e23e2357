package tw.yankao.petition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tw.yankao.shared.security.Role;
import tw.yankao.shared.security.Roles;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CALL_AGENT;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

@YankaoWebTest
class PetitionPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuthorizationMatrix matrix;

	/** The agent takes a street-light call; the profile routes it to TCG-CON-LGT, under the test users' TCG-CON. */
	private String agentTakesACall(String phone) throws Exception {
		MvcResult created = mvc.perform(post("/petitions/intake").with(csrf()).with(users.as(CALL_AGENT))
				.param("idempotencyKey", UUID.randomUUID().toString())
				.param("phone", phone).param("name", "陳大文").param("replyChannel", "PHONE").param("language", "zh-TW")
				.param("category", "STREET_LIGHT").param("description", "路燈閃爍").param("district", "北屯區")
				.param("address", "臺中市北屯區崇德路二段10號"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return created.getResponse().getRedirectedUrl().replace("/petitions/cases/", "");
	}

	private String page(String url, org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
		return mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void eachPageIsForThePeopleItServes() throws Exception {
		String number = agentTakesACall("0911000111");
		matrix.endpoint(() -> get("/petitions/intake")).allows(CALL_AGENT, RDEC_STAFF).check();
		matrix.endpoint(() -> get("/petitions/intake/callers").param("phone", "0911000111")).allows(CALL_AGENT, RDEC_STAFF).check();
		matrix.endpoint(() -> get("/petitions/inbox")).allows(CASE_HANDLER, AGENCY_HEAD, AGENCY_LIAISON, RDEC_STAFF).check();
		matrix.endpoint(() -> get("/petitions/supervision")).allows(RDEC_STAFF, SYSTEM_ADMIN).check();
		matrix.endpoint(() -> get("/petitions/cases/" + number)).allows(Roles.STAFF).check();
		// a stale version: whoever may accept gets 409 and nothing changes; everyone else 403
		matrix.endpoint(() -> post("/petitions/cases/" + number + "/accept").param("version", "-1"))
			.allows(CASE_HANDLER, AGENCY_HEAD, AGENCY_LIAISON).check();
	}

	@Test
	void anIntakeWithErrorsNamesTheFieldsAndCreatesNothing() throws Exception {
		String body = mvc.perform(post("/petitions/intake").with(csrf()).with(users.as(CALL_AGENT))
				.param("idempotencyKey", UUID.randomUUID().toString()).param("category", "STREET_LIGHT")
				.param("description", "").param("latitude", "25.03").param("longitude", "121.56"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();

		assertThat(body).contains("必填").contains("位置不在本市範圍內").contains("id=\"description-error\"");
	}

	@Test
	void theAgentSeesTheCallersEarlierCasesMasked() throws Exception {
		String phone = "09" + (10_000_000 + (int) (Math.random() * 89_999_999));
		String number = agentTakesACall(phone);

		String history = page("/petitions/intake/callers?phone=" + phone, users.as(CALL_AGENT));
		assertThat(history).contains(number);

		assertThat(page("/petitions/cases/" + number, users.as(CALL_AGENT))).contains("陳○文").doesNotContain("陳大文");
		assertThat(page("/petitions/cases/" + number, users.as(CASE_HANDLER))).contains("陳大文");
	}

	@Test
	void staffOfAnotherAgencyCannotOpenTheCase() throws Exception {
		String number = agentTakesACall("0922000222");

		mvc.perform(get("/petitions/cases/" + number).with(users.as(CASE_HANDLER, users.otherAgency())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theInboxSaysInWordsThatACaseIsNearItsDeadlineAndTheCasePageOffersTheHandlersSteps() throws Exception {
		String number = agentTakesACall("0933000333");

		assertThat(page("/petitions/inbox?dueSoon=true", users.as(CASE_HANDLER))).contains(number).contains("即將到期");
		String casePage = page("/petitions/cases/" + number, users.as(CASE_HANDLER));
		assertThat(casePage).contains("/petitions/cases/" + number + "/accept").contains("/return")
			.doesNotContain("/approve-reply");
	}

	@Test
	void aRefusedStepIsShownOnTheCasePageNamingTheField() throws Exception {
		String number = agentTakesACall("0944000444");

		String body = mvc.perform(post("/petitions/cases/" + number + "/return").with(csrf()).with(users.as(CASE_HANDLER))
				.param("version", "0"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();

		assertThat(body).contains("理由：必填");
	}

	@Test
	void theRdecSupervisionListShowsNearDeadlineCasesAcrossAgencies() throws Exception {
		String number = agentTakesACall("0955000555");

		assertThat(page("/petitions/supervision", users.as(RDEC_STAFF))).contains(number).contains("即將到期");
	}


}
