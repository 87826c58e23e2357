package tw.yankao.tracking.council;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sessions, registering questions, the reply's two steps, and every kind of bad input. */
@YankaoWebTest
class CouncilPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	CouncilFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new CouncilFixture(mvc, users, jdbc);
	}

	@Test
	void aSessionWithoutDeadlineGetsTheProfilesDaysAfterItsEnd() throws Exception {
		long session = fixture.session();
		assertThat(jdbc.sql("select reply_due_on::text from tracking_council_sessions where id = ?").param(session)
			.query(String.class).single()).isEqualTo("1985-06-30");
		mvc.perform(get("/tracking/council/" + session).with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("74年6月30日")))
			.andExpect(content().string(containsString("booklet.odt")));
	}

	@Test
	void aDeadlineBeforeTheSessionStartsIsRefusedAndNothingSaved() throws Exception {
		long before = count("select count(*) from tracking_council_sessions");
		mvc.perform(post("/tracking/council").with(csrf()).with(users.as(Role.RDEC_STAFF))
			.param("term", "99").param("kind", "REGULAR").param("number", "1")
			.param("startsOn", "1985-03-01").param("endsOn", "1985-02-01").param("replyDueOn", "1985-02-15"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"replyDueOn-error\"")))
			.andExpect(content().string(containsString("答復期限早於會期開始日期")))
			.andExpect(content().string(containsString("結束日期早於開始日期")));
		assertThat(count("select count(*) from tracking_council_sessions")).isEqualTo(before);
	}

	@Test
	void aQuestionOfAnUnknownAgencyOrWithoutTextIsRefusedAndNothingSaved() throws Exception {
		long session = fixture.session();
		long items = count("select count(*) from tracking_items");
		mvc.perform(post("/tracking/council/" + session + "/questions").with(csrf()).with(users.as(Role.RDEC_STAFF))
			.param("type", "COUNCILLOR_QUESTION").param("number", "1").param("councillors", "測試議員")
			.param("subject", "路燈").param("text", " ").param("ownerAgencyId", "987654321")
			.param("replyDueOn", "1985-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("查無機關「987654321」")))
			.andExpect(content().string(containsString("id=\"text-error\"")))
			.andExpect(content().string(containsString("id=\"replyDueOn-error\"")));
		assertThat(count("select count(*) from tracking_items")).isEqualTo(items);
		assertThat(count("select count(*) from tracking_council_questions where session_id = " + session)).isZero();
	}

	@Test
	void aRegisteredQuestionIsATrackedCouncilItemWithSessionAndDeadline() throws Exception {
		long session = fixture.session();
		long item = fixture.question(session, "7", users.ownAgency(), "人行道改善");
		assertThat(jdbc.sql("select item_type || ' ' || status || ' ' || (details->>'replyDeadline') from tracking_items where id = ?")
			.param(item).query(String.class).single()).isEqualTo("COUNCILLOR_QUESTION TRACKED 1985-06-30");
		mvc.perform(post("/tracking/council/" + session + "/questions").with(csrf()).with(users.as(Role.RDEC_STAFF))
			.param("type", "COUNCILLOR_QUESTION").param("number", "7").param("councillors", "測試議員")
			.param("subject", "重複").param("text", "重複").param("ownerAgencyId", String.valueOf(users.ownAgency())))
			.andExpect(content().string(containsString("本會期已有此類別第 7 號")));
	}

	@Test
	void theLiaisonSubmitsTheHeadApprovesAndTheItemIsCompleted() throws Exception {
		long item = fixture.question(fixture.session(), "1", users.ownAgency(), "路平專案");
		mvc.perform(onItem(item, "reply", Role.AGENCY_LIAISON).param("reply", "  ").param("version", "0").param("action", "submit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reply-error\"")));
		mvc.perform(onItem(item, "approve", Role.AGENCY_HEAD).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("答復尚未送主管核定")));
		fixture.replyAndApprove(item, "已完成路面刨鋪。", users.ownAgency());
		assertThat(jdbc.sql("select reply_state || ' ' || late || ' ' || (replied_at is not null) from tracking_council_questions where item_id = ?")
			.param(item).query(String.class).single()).isEqualTo("APPROVED true true");
		assertThat(jdbc.sql("select status from tracking_items where id = ?").param(item).query(String.class).single())
			.isEqualTo("COMPLETED");
		mvc.perform(get("/tracking/council/questions/" + item).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(content().string(containsString("已答復")))
			.andExpect(content().string(containsString("逾期答復")))
			.andExpect(content().string(not(containsString("id=\"approve-form\""))));
	}

	@Test
	void anApprovedReplyCannotBeChanged() throws Exception {
		long item = fixture.question(fixture.session(), "2", users.ownAgency(), "公車");
		fixture.replyAndApprove(item, "已增班。", users.ownAgency());
		mvc.perform(onItem(item, "reply", Role.AGENCY_LIAISON).param("reply", "改寫").param("version", String.valueOf(fixture.version(item)))
			.param("action", "draft"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("答復已核定，不能再修改")));
		assertThat(jdbc.sql("select reply_text from tracking_council_questions where item_id = ?").param(item)
			.query(String.class).single()).isEqualTo("已增班。");
	}

	@Test
	void aReplyChangedSinceItWasReadIsAConflict() throws Exception {
		long item = fixture.question(fixture.session(), "3", users.ownAgency(), "停車");
		mvc.perform(onItem(item, "reply", Role.AGENCY_LIAISON).param("reply", "第一版").param("version", "0").param("action", "draft"))
			.andExpect(status().is3xxRedirection());
		// a second liaison still holds version 0
		mvc.perform(onItem(item, "reply", Role.AGENCY_LIAISON).param("reply", "第二版").param("version", "0").param("action", "draft"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人修改")));
		assertThat(jdbc.sql("select reply_text from tracking_council_questions where item_id = ?").param(item)
			.query(String.class).single()).isEqualTo("第一版");
	}

	@Test
	void liaisonsSeeAndReplyOnlyToTheirAgencysQuestions() throws Exception {
		long session = fixture.session();
		long own = fixture.question(session, "1", users.ownAgency(), "建設局的質詢");
		long other = fixture.question(session, "2", users.otherAgency(), "交通局的質詢");
		mvc.perform(get("/tracking/council/" + session).with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(content().string(containsString("建設局的質詢")))
			.andExpect(content().string(not(containsString("交通局的質詢"))))
			.andExpect(content().string(not(containsString("booklet.odt"))));
		mvc.perform(get("/tracking/council/questions/" + other).with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(status().isForbidden());
		mvc.perform(onItem(other, "reply", Role.AGENCY_LIAISON).param("reply", "越權").param("version", "0").param("action", "draft"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select reply_state from tracking_council_questions where item_id = ?").param(other)
			.query(String.class).single()).isEqualTo("OPEN");
		mvc.perform(get("/tracking/council/questions/" + own).with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reply-form\"")));
	}

	private MockHttpServletRequestBuilder onItem(long item, String action, Role role) {
		return post("/tracking/council/questions/" + item + "/" + action).with(csrf()).with(users.as(role));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
