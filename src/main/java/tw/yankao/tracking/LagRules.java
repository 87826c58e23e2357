package tw.yankao.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import tw.yankao.shared.profile.TrackingRules;

/**
 * Classifies an item's lag (actual − planned cumulative progress, in percentage points): above 0
 * is ahead, 0 on schedule, below 0 behind, and at or beyond the type's threshold of the city
 * profile (Taichung: 10 points, 20 for construction) seriously behind. Tenders are procurements and
 * follow the national procurement rule instead (政府採購法施行細則 §111): very large works at the
 * profile's points, other procurements at the profile's points <em>and</em> days behind. An overdue
 * checkpoint makes an item at least behind, whatever its percentages say.
 */
public final class LagRules {

	private final BigDecimal seriouslyBehindPoints;
	private final BigDecimal constructionSeriouslyBehindPoints;
	private final TrackingRules.ProcurementLag procurement;

	public LagRules(TrackingRules.Lag lag) {
		this.seriouslyBehindPoints = lag.seriouslyBehindPoints();
		this.constructionSeriouslyBehindPoints = lag.constructionSeriouslyBehindPoints();
		this.procurement = lag.procurement();
	}

	/** The lag in percentage points: negative when behind plan. */
	public static BigDecimal lag(BigDecimal actualPercent, BigDecimal plannedPercent) {
		return actualPercent.subtract(plannedPercent);
	}

	/** The points behind plan at which an item of the type is seriously behind by the city's rule. */
	public BigDecimal seriouslyBehindPoints(TrackedItemType type) {
		return type.isConstruction() ? constructionSeriouslyBehindPoints : seriouslyBehindPoints;
	}

	/**
	 * By the city's rule for the type, whatever the type.
	 *
	 * @param type the item's type
	 * @param lagPoints actual − planned, in percentage points
	 * @param checkpointOverdue whether a checkpoint's planned date has passed without it being reached
	 */
	public LagClass classify(TrackedItemType type, BigDecimal lagPoints, boolean checkpointOverdue) {
		return classify(lagPoints.negate().compareTo(seriouslyBehindPoints(type)) >= 0, lagPoints, checkpointOverdue);
	}

	/**
	 * The class of an item's actual cumulative progress at the end of a month: by the procurement rule
	 * for tenders, by the city's rule for every other type.
	 *
	 * @param actualPercent actual cumulative progress, percent 0–100
	 */
	public LagClass classify(TrackedItem item, YearMonth month, BigDecimal actualPercent) {
		BigDecimal points = lag(actualPercent, item.plannedIn(month));
		boolean overdue = item.hasOverdueCheckpoint(month);
		if (item.type() != TrackedItemType.TENDER) {
			return classify(item.type(), points, overdue);
		}
		long days = daysBehind(item, month, actualPercent);
		return classify(procurementSeriouslyBehind(item.budgetTotal(), points, days), points, overdue);
	}

	/**
	 * The procurement rule: very large works (budget at or above the profile's threshold) are seriously
	 * behind at the profile's points; others at the other points and at least the other days.
	 *
	 * @param budget NT$ (yuan)
	 * @param lagPoints actual − planned, in percentage points
	 * @param daysBehind calendar days the actual progress trails the plan
	 */
	public boolean procurementSeriouslyBehind(BigDecimal budget, BigDecimal lagPoints, long daysBehind) {
		BigDecimal behind = lagPoints.negate();
		if (budget != null && budget.compareTo(BigDecimal.valueOf(procurement.veryLargeWorksThreshold())) >= 0) {
			return behind.compareTo(procurement.veryLargeWorksPoints()) >= 0;
		}
		return behind.compareTo(procurement.otherPoints()) >= 0 && daysBehind >= procurement.otherDays();
	}

	/**
	 * How many calendar days the actual progress trails the plan at the end of the month: from the
	 * day the plan reached the actual percentage to the month's last day. The plan runs linearly from
	 * 0 on the start date through each month's planned value on that month's last day.
	 */
	public static long daysBehind(TrackedItem item, YearMonth month, BigDecimal actualPercent) {
		LocalDate end = month.atEndOfMonth();
		LocalDate fromDay = item.startDate().minusDays(1);
		BigDecimal fromPercent = BigDecimal.ZERO;
		for (Map.Entry<YearMonth, BigDecimal> point : item.plannedProgress().entrySet()) {
			LocalDate toDay = point.getKey().atEndOfMonth();
			BigDecimal toPercent = point.getValue();
			if (toPercent.compareTo(actualPercent) >= 0 && toPercent.compareTo(fromPercent) > 0) {
				long span = Math.max(0, ChronoUnit.DAYS.between(fromDay, toDay));
				long into = actualPercent.subtract(fromPercent).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(span))
					.divide(toPercent.subtract(fromPercent), 0, RoundingMode.CEILING).longValue();
				return Math.max(0, ChronoUnit.DAYS.between(fromDay.plusDays(into), end));
			}
			fromDay = toDay;
			fromPercent = toPercent;
		}
		return 0;
	}

	private static LagClass classify(boolean seriously, BigDecimal lagPoints, boolean checkpointOverdue) {
		if (seriously) {
			return LagClass.SERIOUSLY_BEHIND;
		}
		if (lagPoints.signum() < 0 || checkpointOverdue) {
			return LagClass.BEHIND;
		}
		return lagPoints.signum() > 0 ? LagClass.AHEAD : LagClass.ON_SCHEDULE;
	}

}
