package tw.yankao.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanStatus;
import tw.yankao.testing.YankaoWebTest;

/** The demo plans, loaded when the test application started. */
@YankaoWebTest
class PlanDemoDataTest {

	@Autowired
	PlanManagement plans;

	@Autowired
	PlanDemoData demo;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFourSeedPlansAreThereApproved() {
		assertThat(plans.plansOf(agencies.findByCode("TCG-RDEC").orElseThrow().id()))
			.extracting(AnnualPlanSummary::rocYear, AnnualPlanSummary::status, AnnualPlanSummary::sourceName)
			.containsExactly(tuple(109, PlanStatus.APPROVED, "000_4f23a1f3feca694f.txt"),
					tuple(107, PlanStatus.APPROVED, "001_5fccbe9958ba3c3a.txt"),
					tuple(105, PlanStatus.APPROVED, "002_194818ed3874251f.txt"));
		assertThat(plans.plansOf(agencies.findByCode("TCG-SEC").orElseThrow().id()))
			.singleElement()
			.satisfies(plan -> {
				assertThat(plan.rocYear()).isEqualTo(107);
				assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
				assertThat(plan.counts().goals()).isEqualTo(3);
				assertThat(plan.title()).isEqualTo("臺中市政府秘書處107年度施政計畫");
			});
	}

	@Test
	void theDemoCountsAsLoadedSoARestartAddsNothing() {
		assertThat(demo.order()).isEqualTo(20);
		assertThat(demo.isLoaded()).isTrue();
		assertThat(jdbc.sql("select count(*) from annual_plan where source_name like '00%.txt' and status = 'APPROVED'")
			.query(Long.class)
			.single()).isEqualTo(4);
		// each demo plan was imported once and approved once
		assertThat(jdbc.sql("""
				select action, count(*) from audit_entry
				 where entity = 'annual_plan'
				   and entity_id in (select id::text from annual_plan where status = 'APPROVED')
				 group by action order by action""")
			.query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2))
			.list()).containsExactly("IMPORT=4", "UPDATE=4");
	}

}
