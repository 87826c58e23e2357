package tw.yankao.petition.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CALL_AGENT;
import static tw.yankao.shared.security.Role.RDEC_STAFF;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

/** Maintaining the knowledge base within one's agency, and the agent's panel that searches it. */
@YankaoWebTest
class KnowledgePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	JdbcClient jdbc;

	private RequestPostProcessor ownLiaison() {
		return users.as(AGENCY_LIAISON);
	}

	private RequestPostProcessor otherLiaison() {
		return users.as(AGENCY_LIAISON, users.otherAgency());
	}

	private static MockHttpServletRequestBuilder entry(String url, String agency, String question, String keywords, int version) {
		return post(url).with(csrf()).param("agency", agency).param("question", question)
			.param("answer", "請提供位置，由權責單位處理。").param("category", "STREET_LIGHT").param("keywords", keywords)
			.param("version", Integer.toString(version));
	}

	private long create(String question, String keywords) throws Exception {
		mvc.perform(entry("/petitions/knowledge", TestUsers.OWN_AGENCY, question, keywords, 0).with(ownLiaison()))
			.andExpect(redirectedUrl("/petitions/knowledge"));
		return jdbc.sql("select id from petition_knowledge_entry where question = :q").param("q", question).query(Long.class).single();
	}

	private String page(String url, RequestPostProcessor user) throws Exception {
		return mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void maintainersAndAgentsEachHaveTheirPages() throws Exception {
		long id = create("矩陣測試問題？", "矩陣");
		matrix.endpoint(() -> get("/petitions/knowledge")).allows(AGENCY_LIAISON, RDEC_STAFF).check();
		matrix.endpoint(() -> get("/petitions/knowledge/new")).allows(AGENCY_LIAISON, RDEC_STAFF).check();
		matrix.agencyRecord(agency -> get("/petitions/knowledge/" + id)).allows(AGENCY_LIAISON, RDEC_STAFF).check();
		matrix.endpoint(() -> get("/petitions/intake/knowledge").param("q", "路燈")).allows(CALL_AGENT, RDEC_STAFF).check();
	}

	@Test
	void anEntryIsCreatedFoundByTheAgentEditedAndDeleted() throws Exception {
		long id = create("燈籠路燈裝飾何時拆除？", "元宵 燈會");
		assertThat(page("/petitions/knowledge", ownLiaison())).contains("燈籠路燈裝飾何時拆除？");
		assertThat(page("/petitions/intake/knowledge?q=燈會結束了", users.as(CALL_AGENT))).contains("燈籠路燈裝飾何時拆除？");

		mvc.perform(entry("/petitions/knowledge/" + id, TestUsers.OWN_AGENCY, "燈籠路燈裝飾什麼時候拆？", "元宵 燈會", 0)
				.with(ownLiaison()))
			.andExpect(redirectedUrl("/petitions/knowledge"));
		assertThat(page("/petitions/intake/knowledge?description=燈會結束", users.as(CALL_AGENT))).contains("燈籠路燈裝飾什麼時候拆？");

		mvc.perform(post("/petitions/knowledge/" + id + "/delete").with(csrf()).with(ownLiaison()).param("version", "1"))
			.andExpect(redirectedUrl("/petitions/knowledge"));
		assertThat(page("/petitions/intake/knowledge?q=燈會結束了", users.as(CALL_AGENT))).doesNotContain("燈籠路燈裝飾");
		assertThat(jdbc.sql("select action from audit_entry where entity = 'petition_knowledge_entry' and entity_id = :id order by id")
			.param("id", Long.toString(id)).query(String.class).list()).containsExactly("CREATE", "UPDATE", "DELETE");
	}

	@Test
	void anotherAgencysLiaisonMayNeitherEditNorCreateForIt() throws Exception {
		long id = create("別機關的問答？", "範圍");

		mvc.perform(get("/petitions/knowledge/" + id).with(otherLiaison())).andExpect(status().isForbidden());
		mvc.perform(entry("/petitions/knowledge/" + id, TestUsers.OTHER_AGENCY, "改成我的？", "", 0).with(otherLiaison()))
			.andExpect(status().isForbidden());
		String refused = mvc.perform(entry("/petitions/knowledge", TestUsers.OWN_AGENCY, "替別人新增？", "", 0).with(otherLiaison()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("只能維護所屬機關的問答");
		assertThat(page("/petitions/knowledge", otherLiaison())).doesNotContain("別機關的問答？");
		assertThat(jdbc.sql("select count(*) from petition_knowledge_entry where question in ('改成我的？', '替別人新增？')")
			.query(Long.class).single()).isZero();
	}

	@Test
	void badInputNamesTheFieldAndAStaleEditConflicts() throws Exception {
		String body = mvc.perform(entry("/petitions/knowledge", TestUsers.OWN_AGENCY, " ", "", 0).param("category", "NOPE")
				.with(ownLiaison()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("必填").contains("不是本市的案件類別");

		long id = create("版本測試問題？", "");
		mvc.perform(entry("/petitions/knowledge/" + id, TestUsers.OWN_AGENCY, "第一次修改？", "", 0).with(ownLiaison()))
			.andExpect(redirectedUrl("/petitions/knowledge"));
		mvc.perform(entry("/petitions/knowledge/" + id, TestUsers.OWN_AGENCY, "過時的修改？", "", 0).with(ownLiaison()))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select question from petition_knowledge_entry where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("第一次修改？");
	}

	@Test
	void theDemoKnowledgeBaseAnswersCommonCalls() throws Exception {
		assertThat(jdbc.sql("select count(*) from petition_knowledge_entry where updated_by = 'demo'").query(Long.class).single())
			.isBetween(25L, 40L);
		assertThat(page("/petitions/intake/knowledge?q=垃圾車幾點來", users.as(CALL_AGENT))).contains("垃圾車幾點會到？");
		assertThat(page("/petitions/intake/knowledge?description=巷口有流浪狗追車", users.as(CALL_AGENT)))
			.contains("看到流浪狗成群追車怎麼辦？");
	}

}
