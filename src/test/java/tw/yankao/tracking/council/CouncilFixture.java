package tw.yankao.tracking.council;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Council sessions and questions made through the pages, as the RDEC. Sessions get a random term
 * from 100 up, so that they never meet the demo council's 4th term or another test's; their dates
 * lie in 1985, this part's range of test dates.
 */
final class CouncilFixture {

	private final MockMvc mvc;
	private final TestUsers users;
	private final JdbcClient jdbc;

	CouncilFixture(MockMvc mvc, TestUsers users, JdbcClient jdbc) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
	}

	/** A regular session from 1985-03-01 to 1985-05-31 with the profile's deadline (1985-06-30). */
	long session() throws Exception {
		return session("1985-03-01", "1985-05-31");
	}

	/** A regular session with the given ISO dates and the profile's deadline. */
	long session(String startsOn, String endsOn) throws Exception {
		int term = ThreadLocalRandom.current().nextInt(100, 1_000_000);
		mvc.perform(post("/tracking/council").with(csrf()).with(users.as(Role.RDEC_STAFF))
			.param("term", String.valueOf(term)).param("kind", "REGULAR").param("number", "1")
			.param("startsOn", startsOn).param("endsOn", endsOn))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from tracking_council_sessions where term = ? and kind = 'REGULAR' and session_number = 1")
			.param(term).query(Long.class).single();
	}

	/** A written question of the session owned by the agency; its tracked item's id. */
	long question(long session, String number, long agencyId, String subject) throws Exception {
		mvc.perform(post("/tracking/council/" + session + "/questions").with(csrf()).with(users.as(Role.RDEC_STAFF))
			.param("type", "COUNCILLOR_QUESTION").param("number", number).param("councillors", "測試議員")
			.param("subject", subject).param("text", subject + "，請說明辦理情形。")
			.param("ownerAgencyId", String.valueOf(agencyId)))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select item_id from tracking_council_questions where session_id = ? and question_number = ?")
			.params(session, number).query(Long.class).single();
	}

	int version(long itemId) {
		return jdbc.sql("select version from tracking_council_questions where item_id = ?").param(itemId)
			.query(Integer.class).single();
	}

	/** The agency's liaison submits a reply, its head approves it. */
	void replyAndApprove(long itemId, String reply, long agencyId) throws Exception {
		mvc.perform(post("/tracking/council/questions/" + itemId + "/reply").with(csrf()).with(users.as(Role.AGENCY_LIAISON, agencyId))
			.param("reply", reply).param("version", String.valueOf(version(itemId))).param("action", "submit"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/tracking/council/questions/" + itemId + "/approve").with(csrf()).with(users.as(Role.AGENCY_HEAD, agencyId))
			.param("version", String.valueOf(version(itemId))))
			.andExpect(status().is3xxRedirection());
	}

}
