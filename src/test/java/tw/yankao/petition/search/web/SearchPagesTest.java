package tw.yankao.petition.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CALL_AGENT;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tw.yankao.shared.security.Roles;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

/** The search page and the similar-case panels: who may use them, scope, masking, merge. */
@YankaoWebTest
class SearchPagesTest {

	/** Near 梨山, where no demo case says these words. */
	private static final String LAT = "24.2600";
	private static final String LON = "121.2600";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuthorizationMatrix matrix;

	/** The agent takes a street-light call; the profile routes it to TCG-CON-LGT, under the test users' TCG-CON. */
	private String agentTakesACall(String name, String description) throws Exception {
		return mvc.perform(post("/petitions/intake").with(csrf()).with(users.as(CALL_AGENT))
				.param("idempotencyKey", UUID.randomUUID().toString())
				.param("phone", "0933000222").param("name", name).param("replyChannel", "PHONE").param("language", "zh-TW")
				.param("category", "STREET_LIGHT").param("description", description).param("district", "和平區")
				.param("latitude", LAT).param("longitude", LON))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl().replace("/petitions/cases/", "");
	}

	private String page(String url, RequestPostProcessor user) throws Exception {
		return mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void eachPanelIsForThePeopleItServes() throws Exception {
		String number = agentTakesACall("權限測", "梨山權限測試路燈");
		matrix.endpoint(() -> get("/petitions/search").param("q", "路燈"))
			.allows(CASE_HANDLER, AGENCY_HEAD, AGENCY_LIAISON, RDEC_STAFF, CALL_AGENT, SYSTEM_ADMIN).check();
		matrix.endpoint(() -> get("/petitions/intake/similar").param("category", "STREET_LIGHT").param("district", "和平區")
			.param("description", "路燈")).allows(CALL_AGENT, RDEC_STAFF).check();
		matrix.endpoint(() -> get("/petitions/cases/" + number + "/similar")).allows(Roles.STAFF).check();
	}

	@Test
	void resultsAreScopedToTheViewersAgenciesAndMaskedUnlessTheViewerHandlesTheCase() throws Exception {
		String number = agentTakesACall("陳搜文", "梨山松鼠造型路燈忽明忽暗");
		String query = "/petitions/search?q=松鼠造型路燈";

		assertThat(page(query, users.as(CASE_HANDLER))).contains(number).contains("陳搜文");
		assertThat(page(query, users.as(RDEC_STAFF))).contains(number).contains("陳搜文");
		assertThat(page(query, users.as(CALL_AGENT))).contains(number).contains("陳○文").doesNotContain("陳搜文");
		assertThat(page(query, users.as(SYSTEM_ADMIN))).contains(number).doesNotContain("陳搜文");
		assertThat(page(query, users.as(CASE_HANDLER, users.otherAgency()))).doesNotContain(number).contains("查無");
	}

	@Test
	void theIntakePanelShowsSimilarOpenCasesOfTheSameCategoryNearby() throws Exception {
		String earlier = agentTakesACall("林相似", "梨山國小前熊貓路燈不亮");
		String similar = "/petitions/intake/similar?category=%s&district=和平區&latitude=" + LAT + "&longitude=" + LON
				+ "&description=國小前面的熊貓路燈不亮";

		assertThat(page(similar.formatted("STREET_LIGHT"), users.as(CALL_AGENT))).contains(earlier).contains("0 公尺");
		assertThat(page(similar.formatted("ROAD_DAMAGE"), users.as(CALL_AGENT))).doesNotContain(earlier)
			.contains("附近沒有類似的辦理中案件");
		assertThat(page("/petitions/intake/similar?category=STREET_LIGHT&description=熊貓路燈", users.as(CALL_AGENT)))
			.doesNotContain(earlier).contains("填寫案件類別、地點");
	}

	@Test
	void aCasePageOffersToMergeIntoASimilarCaseToThoseWhoMayMerge() throws Exception {
		String first = agentTakesACall("張合併", "梨山派出所旁長頸鹿路燈損壞");
		String second = agentTakesACall("李合併", "派出所旁邊長頸鹿路燈損壞了");

		String handlers = page("/petitions/cases/" + second + "/similar", users.as(CASE_HANDLER));
		assertThat(handlers).contains(first).contains("/petitions/cases/" + second + "/merge").contains("併入 " + first);
		assertThat(page("/petitions/cases/" + second + "/similar", users.as(CALL_AGENT))).contains(first).doesNotContain("/merge");
	}

}
