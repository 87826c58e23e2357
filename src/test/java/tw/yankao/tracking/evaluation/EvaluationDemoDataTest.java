package tw.yankao.tracking.evaluation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.RDEC_STAFF;

/** The demo's round of ROC 105 is open over the demo's tracked items, about two in three reviewed. */
@YankaoWebTest
class EvaluationDemoDataTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoRoundIsOpenWithSomeItemsReviewed() throws Exception {
		assertThat(jdbc.sql("select status from tracking_evaluation_rounds where roc_year = 105").query(String.class).single())
			.isEqualTo("OPEN");
		long evaluated = count("select count(*) from tracking_evaluations where roc_year = 105");
		long demoItems = count("""
				select count(*) from tracking_items where item_number like '105-%'
				   and status in ('TRACKED', 'COMPLETED') and start_date <= date '2016-12-31' and end_date >= date '2016-01-01'""");
		long scored = count("select count(*) from tracking_evaluations where roc_year = 105 and score is not null");
		assertThat(evaluated).isEqualTo(demoItems).isGreaterThan(2_000);
		assertThat(scored).isBetween(evaluated / 2, evaluated * 4 / 5);
		String spread = jdbc.sql("""
				select string_agg(g || '=' || n, ' ' order by g) from (
				  select coalesce(grade, '-') g, count(*) n from tracking_evaluations where roc_year = 105 group by grade) c""")
			.query(String.class).single()
			+ " " + jdbc.sql("""
				select string_agg(code || ':' || round(avg, 1), ' ') from (select code, avg(value) avg
				  from tracking_evaluation_parts p join tracking_evaluations e on e.id = p.evaluation_id
				 where e.roc_year = 105 group by code) a""").query(String.class).single();
		assertThat(count("select count(distinct grade) from tracking_evaluations where roc_year = 105")).as(spread)
			.isEqualTo(4);
		mvc.perform(get("/tracking/evaluation/105").with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"EXCELLENT\"")));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
