package tw.yankao.tracking.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What tracking data says about one item at the end of an evaluated year, and the computed
 * parts of its evaluation drawn from it. Every part is a percentage 0–100, capped at 100 (doing
 * more than planned earns no more than full marks), or null when there is nothing to measure.
 *
 * @param plannedPercent planned cumulative progress at year end, 0–100 (0 when none was planned)
 * @param actualPercent actual cumulative progress of the last report up to year end, 0–100 (0 without reports)
 * @param spending NT$ spent so far as of the year's last report (0 without reports)
 * @param budgetThisYear NT$ budget of the year
 * @param reportsOnTime monthly reports of the year saved before their deadline
 * @param monthsDue months of the year in which the item was tracked, each owing a report
 */
public record YearEndFigures(BigDecimal plannedPercent, BigDecimal actualPercent, BigDecimal spending,
		BigDecimal budgetThisYear, int reportsOnTime, int monthsDue) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The computed part of the code, one of {@code EvaluationRules.COMPUTABLE}. */
	public BigDecimal part(String code) {
		return switch (code) {
			case "PROGRESS" -> progressAchievement();
			case "BUDGET_EXECUTION" -> budgetExecution();
			case "REPORTING_TIMELINESS" -> reportingTimeliness();
			default -> throw new IllegalArgumentException("no computation for part " + code);
		};
	}

	/** Actual / planned cumulative progress × 100; null when nothing was planned by year end. */
	public BigDecimal progressAchievement() {
		return percent(actualPercent, plannedPercent);
	}

	/** Spending / this year's budget × 100; null when the item has no budget this year. */
	public BigDecimal budgetExecution() {
		return percent(spending, budgetThisYear);
	}

	/** Reports on time / months that owed one × 100 (a missing report is not on time); null when none was owed. */
	public BigDecimal reportingTimeliness() {
		return percent(BigDecimal.valueOf(reportsOnTime), BigDecimal.valueOf(monthsDue));
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() <= 0) {
			return null;
		}
		return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP).min(HUNDRED).max(BigDecimal.ZERO);
	}

}
