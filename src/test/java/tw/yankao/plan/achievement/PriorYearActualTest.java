package tw.yankao.plan.achievement;

import org.junit.jupiter.api.Test;

import tw.yankao.plan.formula.Target;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyses below are the seeds' own words (003 reviewing 106, 002 reviewing 104). */
class PriorYearActualTest {

	@Test
	void readsAPercentageWithItsCounts() {
		PriorYearActual actual = PriorYearActual.read("二、截至6月30日止，已辦理基礎班3班，參訓人數210人，取得及格證書187人，及格率89.05%(187人/210人)，達原訂目標值，達成率100%。",
				Target.parse("82%")).orElseThrow();
		assertThat(actual.actual()).isEqualByComparingTo("89.05");
		assertThat(actual.numerator()).isEqualByComparingTo("187");
		assertThat(actual.denominator()).isEqualByComparingTo("210");
		PriorYearActual full = PriorYearActual.read("實際達成目標值為100%（10件／10件），達原訂目標值", Target.parse("100%")).orElseThrow();
		assertThat(full.denominator()).isEqualByComparingTo("10");
		assertThat(PriorYearActual.read("流廢標列管48件，實際達成目標值為7.47%(48件/643件)，達原訂目標值，達成率100%。",
				Target.parse("12%")).orElseThrow().actual()).isEqualByComparingTo("7.47");
	}

	@Test
	void readsARateWithoutCountsAndATotal() {
		assertThat(PriorYearActual.read("截至104年6月30日，本府列管標案為2,722件，符合執行進度之標案為2,504件，管考執行率為91.99%。",
				Target.parse("83%")).orElseThrow().actual()).isEqualByComparingTo("91.99");
		assertThat(PriorYearActual.read("每週統計公共安全巡檢缺失，截至6月30日止共計63件，其中列管在案約24件。", Target.parse("≤135"))
			.orElseThrow()
			.actual()).isEqualByComparingTo("63");
	}

	@Test
	void statesNothingWhenTheTextStatesNoSingleActual() {
		assertThat(PriorYearActual.read("106 下半年度辦理本處志工招募事宜，預計招募志工9名，以達成推動志願服務目標值。", Target.parse("7%")))
			.isEmpty();
		assertThat(PriorYearActual.read("104年上半年度已完成2次民意調查。目前達成度50%，預計年底可達原訂目標值。", Target.parse("4次")))
			.isEmpty();
		assertThat(PriorYearActual.read("甲率為50%，乙率為60%", Target.parse("70%"))).isEmpty();
		assertThat(PriorYearActual.read(null, Target.parse("70%"))).isEmpty();
		assertThat(PriorYearActual.read("共計3件", Target.parse("完成規劃"))).isEmpty();
	}

}
