package tw.yankao.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** RFC 9457 problem details that name the field and the reason in the caller's language. */
@YankaoWebTest
class ApiProblemsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	private org.springframework.test.web.servlet.ResultActions createAgency(String json, String language)
			throws Exception {
		return mvc.perform(post("/api/agencies").with(users.as(Role.SYSTEM_ADMIN))
			.with(csrf())
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void missingFieldsAreNamedInChinese() throws Exception {
		createAgency("{\"code\":\"\",\"kind\":\"FIRST_LEVEL\"}", "zh-TW").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("輸入的資料有誤"))
			.andExpect(jsonPath("$.errors[?(@.field == 'code')].reason").value(hasItem("必填，不可空白")))
			.andExpect(jsonPath("$.errors[?(@.field == 'activeFrom')].reason").value(hasItem("必填")));
	}

	@Test
	void missingFieldsAreNamedInEnglishOnRequest() throws Exception {
		createAgency("{\"code\":\"\",\"kind\":\"FIRST_LEVEL\"}", "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("The input is not valid"))
			.andExpect(jsonPath("$.errors[?(@.field == 'code')].reason").value(hasItem("Required; must not be blank")));
	}

	@Test
	void businessRulesAreReportedPerField() throws Exception {
		createAgency("""
				{"code":"API-X1","parentCode":"NO-SUCH","kind":"FIRST_LEVEL","nameZh":"甲","nameEn":"A",
				 "activeFrom":"2025-01-01"}""", "zh-TW")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentCode"))
			.andExpect(jsonPath("$.errors[0].reason").value("上級機關代碼「NO-SUCH」不存在"));
	}

	@Test
	void aValueOfTheWrongTypeNamesItsField() throws Exception {
		createAgency("""
				{"code":"API-X2","parentCode":"TCG","kind":"BUREAU","nameZh":"甲","nameEn":"A","activeFrom":"2025-01-01"}""",
				"en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	@Test
	void anUnknownRecordIsA404Problem() throws Exception {
		mvc.perform(get("/api/agencies/987654321").with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anotherAgencysRecordIsA403Problem() throws Exception {
		mvc.perform(get("/api/agencies/{id}", users.otherAgency()).with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("沒有權限"));
	}

	@Test
	void anonymousApiCallsGetA401ProblemNotARedirect() throws Exception {
		mvc.perform(get("/api/me\"x"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("請先登入"));
	}

	@Test
	void staffListOnlyTheirOwnPartOfTheTree() throws Exception {
		mvc.perform(get("/api/agencies").with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.startsWith(TestUsers.OWN_AGENCY))))
			.andExpect(jsonPath("$[*].code").value(hasItem(TestUsers.OWN_AGENCY)));
	}

}
