package tw.yankao.tracking.council;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo council: two sessions of the 4th term with twenty questions across agencies, most
 * replied on time, some late, some still open, each a tracked item completed once replied.
 */
@YankaoWebTest
class CouncilDemoDataTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoSessionsWithTwentyQuestionsMostRepliedOnTime() {
		assertThat(count("select count(*) from tracking_council_sessions where term = 4")).isEqualTo(2);
		String demo = " from tracking_council_questions q join tracking_council_sessions s on s.id = q.session_id where s.term = 4";
		// the browser test may add one more on the shared database
		assertThat(count("select count(*)" + demo)).isBetween(20L, 21L);
		// ... and approve it on time when it runs first
		assertThat(count("select count(distinct q.item_id)" + demo + " and q.reply_state = 'APPROVED' and not q.late")).isBetween(11L, 12L);
		assertThat(count("select count(*)" + demo + " and q.reply_state = 'APPROVED' and q.late")).isEqualTo(2);
		assertThat(count("select count(*)" + demo + " and q.reply_state = 'OPEN'")).isGreaterThanOrEqualTo(4);
		assertThat(count("select count(distinct i.owner_agency_id)" + demo.replace("where", "join tracking_items i on i.id = q.item_id where")))
			.isGreaterThanOrEqualTo(10);
		assertThat(count("select count(*)" + demo.replace("where", "join tracking_items i on i.id = q.item_id where")
				+ " and q.reply_state = 'APPROVED' and i.status <> 'COMPLETED'")).isZero();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
