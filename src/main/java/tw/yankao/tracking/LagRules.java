package tw.yankao.tracking;

import java.math.BigDecimal;

import tw.yankao.shared.profile.TrackingRules;

/**
 * Classifies an item's lag (actual − planned cumulative progress, in percentage points): above 0
 * is ahead, 0 on schedule, below 0 behind, and at or beyond the type's threshold of the city
 * profile (Taichung: 10 points, 20 for construction) seriously behind. An overdue checkpoint makes
 * an item at least behind, whatever its percentages say.
 */
public final class LagRules {

	private final BigDecimal seriouslyBehindPoints;
	private final BigDecimal constructionSeriouslyBehindPoints;

	public LagRules(TrackingRules.Lag lag) {
		this.seriouslyBehindPoints = lag.seriouslyBehindPoints();
		this.constructionSeriouslyBehindPoints = lag.constructionSeriouslyBehindPoints();
	}

	/** The lag in percentage points: negative when behind plan. */
	public static BigDecimal lag(BigDecimal actualPercent, BigDecimal plannedPercent) {
		return actualPercent.subtract(plannedPercent);
	}

	/** The points behind plan at which an item of the type is seriously behind. */
	public BigDecimal seriouslyBehindPoints(TrackedItemType type) {
		return type.isConstruction() ? constructionSeriouslyBehindPoints : seriouslyBehindPoints;
	}

	/**
	 * @param type the item's type
	 * @param lagPoints actual − planned, in percentage points
	 * @param checkpointOverdue whether a checkpoint's planned date has passed without it being reached
	 */
	public LagClass classify(TrackedItemType type, BigDecimal lagPoints, boolean checkpointOverdue) {
		if (lagPoints.negate().compareTo(seriouslyBehindPoints(type)) >= 0) {
			return LagClass.SERIOUSLY_BEHIND;
		}
		if (lagPoints.signum() < 0 || checkpointOverdue) {
			return LagClass.BEHIND;
		}
		return lagPoints.signum() > 0 ? LagClass.AHEAD : LagClass.ON_SCHEDULE;
	}

}
