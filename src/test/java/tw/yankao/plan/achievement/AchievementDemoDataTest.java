package tw.yankao.plan.achievement;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The demo's achievement reports are the actuals the seeds' prior-year reviews state, and nothing else. */
@YankaoWebTest
class AchievementDemoDataTest {

	@Autowired
	JdbcClient jdbc;

	record Row(String agency, int planYear, String indicator, String period, String actual, String numerator,
			String denominator, String status) {
	}

	@Test
	void theSeedsPriorYearActualsAreConfirmedYearReports() {
		List<Row> rows = jdbc.sql("""
				select a.code, p.roc_year, i.name, r.roc_year as period, r.actual::text, r.numerator::text,
				       r.denominator::text, r.status
				  from achievement_report r
				  join plan_indicator i on i.id = r.indicator_id
				  join plan_strategic_goal g on g.id = i.goal_id
				  join annual_plan p on p.id = g.plan_id
				  join agency a on a.id = p.agency_id
				 where r.live_metric is null and r.entered_by_name = 'demo'
				 order by a.code, p.roc_year, g.position, i.position""")
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
		assertThat(rows).filteredOn(row -> row.agency().equals("TCG-SEC"))
			.extracting(Row::planYear, Row::period, Row::actual, Row::numerator, Row::denominator)
			.contains(tuple(107, "106", "89.05", "187", "210"), tuple(107, "106", "100", "10", "10"),
					tuple(107, "106", "7.47", "48", "643"), tuple(107, "106", "63", null, null));
		assertThat(rows).extracting(Row::status).containsOnly("CONFIRMED");
		// 002 (RDEC 105) reviews 104: 管考執行率為91.99% is stated without counts
		assertThat(rows).filteredOn(row -> row.agency().equals("TCG-RDEC") && row.planYear() == 105)
			.extracting(Row::period, Row::actual)
			.contains(tuple("104", "91.99"));
	}

	@Test
	void theDemoTenderIndicatorIsBoundToTheTenderExecutionRateAndRefreshed() {
		List<String> bound = jdbc.sql("""
				select i.name from indicator_metric_binding b join plan_indicator i on i.id = b.indicator_id
				 where b.metric_key = :key""")
			.param("key", LiveIndicatorDemoData.TENDER_EXECUTION_RATE)
			.query(String.class)
			.list();
		assertThat(bound).anyMatch(name -> name.contains("管考"));
		// the demo refreshed every period of 105 once: the year, both halves, four quarters
		assertThat(jdbc.sql("""
				select count(*) from achievement_report r join indicator_metric_binding b on b.indicator_id = r.indicator_id
				 where r.live_metric = :key and r.roc_year = 105""")
			.param("key", LiveIndicatorDemoData.TENDER_EXECUTION_RATE)
			.query(Long.class)
			.single()).isEqualTo(7);
		assertThat(jdbc.sql("""
				select count(*) from achievement_report r join indicator_metric_binding b on b.indicator_id = r.indicator_id
				 where r.live_metric = :key and r.lineage like '/tracking/items?%'""")
			.param("key", LiveIndicatorDemoData.TENDER_EXECUTION_RATE)
			.query(Long.class)
			.single()).isEqualTo(7);
	}

}
