package tw.yankao.tracking.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The computed parts: ratios as percentages, capped at 100, and null when there is nothing to measure. */
class YearEndFiguresTest {

	@Test
	void partsAreRatiosAsPercentages() {
		YearEndFigures figures = figures("80", "60", "500000", "1000000", 9, 12);
		assertThat(figures.progressAchievement()).isEqualByComparingTo("75");
		assertThat(figures.budgetExecution()).isEqualByComparingTo("50");
		assertThat(figures.reportingTimeliness()).isEqualByComparingTo("75");
		assertThat(figures.part("PROGRESS")).isEqualByComparingTo("75");
	}

	@Test
	void doingMoreThanPlannedEarnsFullMarksOnly() {
		YearEndFigures ahead = figures("50", "70", "1500000", "1000000", 12, 12);
		assertThat(ahead.progressAchievement()).isEqualByComparingTo("100");
		assertThat(ahead.budgetExecution()).isEqualByComparingTo("100");
	}

	@Test
	void nothingPlannedNoBudgetOrNoMonthTrackedIsNotApplicable() {
		YearEndFigures figures = figures("0", "10", "0", "0", 0, 0);
		assertThat(figures.progressAchievement()).isNull();
		assertThat(figures.budgetExecution()).isNull();
		assertThat(figures.reportingTimeliness()).isNull();
	}

	@Test
	void roundsToTwoDecimals() {
		assertThat(figures("30", "10", "0", "0", 2, 3).progressAchievement()).isEqualByComparingTo("33.33");
		assertThat(figures("30", "10", "0", "0", 2, 3).reportingTimeliness()).isEqualByComparingTo("66.67");
	}

	@Test
	void monthsCountBothEnds() {
		assertThat(Evaluations.months(LocalDate.of(1983, 3, 15), LocalDate.of(1983, 12, 31))).isEqualTo(10);
		assertThat(Evaluations.months(LocalDate.of(1983, 1, 1), LocalDate.of(1983, 1, 31))).isEqualTo(1);
		assertThat(Evaluations.months(LocalDate.of(1984, 1, 1), LocalDate.of(1983, 12, 31))).isZero();
	}

	private static YearEndFigures figures(String planned, String actual, String spending, String budget, int onTime,
			int due) {
		return new YearEndFigures(new BigDecimal(planned), new BigDecimal(actual), new BigDecimal(spending),
				new BigDecimal(budget), onTime, due);
	}

}
