package tw.yankao.plan.achievement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.yankao.plan.Direction;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.ReportingPeriod;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorAchievementTest {

	private static final BigDecimal CAP = new BigDecimal("100");

	static PlanIndicator indicator(long id, String target, Direction direction) {
		return new PlanIndicator(id, 1, 1, 107, PlanStatus.APPROVED, 1, "一", "目標", BigDecimal.TEN, "指標" + id,
				BigDecimal.TEN, "A/B*100%", target, "%", direction, null);
	}

	static AchievementReport report(long indicatorId, String period, String actual) {
		return new AchievementReport(indicatorId * 100, indicatorId, ReportingPeriod.parse(period), new BigDecimal(actual),
				null, null, null, AchievementStatus.SUBMITTED, null, null, "u", Instant.EPOCH, Instant.EPOCH, null, null, 0);
	}

	@Test
	void judgesByTheYearsReportOrElseTheLatestPeriod() {
		PlanIndicator indicator = indicator(1, "80%", Direction.HIGHER_IS_BETTER);
		IndicatorAchievement quarters = IndicatorAchievement.of(indicator,
				List.of(report(1, "107-Q1", "20"), report(1, "107-Q3", "60"), report(1, "107-H1", "40")), CAP);
		assertThat(quarters.report().period().code()).isEqualTo("107-Q3");
		assertThat(quarters.rate().percent()).isEqualByComparingTo("75");
		IndicatorAchievement year = IndicatorAchievement.of(indicator,
				List.of(report(1, "107-Q4", "90"), report(1, "107", "88"), report(1, "106", "50")), CAP);
		assertThat(year.report().period().code()).isEqualTo("107");
		assertThat(year.rate().percent()).as("capped at the city's 100").isEqualByComparingTo("100");
		assertThat(year.rate().uncapped()).isEqualByComparingTo("110");
		assertThat(year.priorYear().actual()).isEqualByComparingTo("50");
		assertThat(year.priorYearRate().percent()).isEqualByComparingTo("62.5");
	}

	@Test
	void lowerIsBetterAchievesInFullWithinItsCeilingAndLessBeyondIt() {
		PlanIndicator ceiling = indicator(2, "≤120", null);
		assertThat(IndicatorAchievement.of(ceiling, List.of(report(2, "107", "63")), CAP).rate().percent())
			.isEqualByComparingTo("100");
		assertThat(IndicatorAchievement.of(ceiling, List.of(report(2, "107", "150")), CAP).rate().percent())
			.isEqualByComparingTo("80");
		PlanIndicator stored = indicator(3, "12%", Direction.LOWER_IS_BETTER);
		assertThat(IndicatorAchievement.of(stored, List.of(report(3, "107", "7.47")), CAP).rate().percent())
			.isEqualByComparingTo("100");
	}

	@Test
	void flagsAnIndicatorWithNothingReported() {
		IndicatorAchievement none = IndicatorAchievement.of(indicator(4, "80%", null), List.of(report(4, "106", "70")), CAP);
		assertThat(none.isMissing()).isTrue();
		assertThat(none.rate().isComputable()).isFalse();
		assertThat(none.priorYear()).isNotNull();
	}

}
