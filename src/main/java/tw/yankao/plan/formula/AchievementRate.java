package tw.yankao.plan.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * An indicator's achievement rate (達成率) in percent, from its {@link Target} and actual value.
 *
 * <p>Rules (the cap comes from the city profile; Taichung's prior-year reviews cap at 100 %):
 * <ul>
 * <li>higher-is-better: actual ÷ target × 100, never below 0; a target of 0 or less is not
 * computable, since no share of it means anything;</li>
 * <li>lower-is-better: 100 when actual ≤ target (the seeds grant 達成率100% to 7.47 % against a
 * 12 % ceiling, not 160 %); otherwise target ÷ actual × 100; a target of 0 exceeded gives 0; a
 * negative target exceeded is not computable;</li>
 * <li>milestone ladder ({@code 25%→50%→75%→100%}): the actual is replaced by the furthest
 * milestone it reached, then the rule above applies against the last milestone, so a ladder
 * never exceeds 100; no milestone reached gives 0;</li>
 * <li>the result is then capped at {@code capPercent} (e.g. 100 or 120); a null cap means none.</li>
 * </ul>
 * The actual value must be in the target's unit (percent 0–100 when the target is in %). Nothing
 * here throws: an unreadable target or a missing actual gives a not-computable rate with a reason.
 *
 * @param percent the capped achievement in percent (0 … cap); null when not computable
 * @param uncapped the achievement before the cap, in percent; null when not computable
 * @param milestone for a ladder, the milestone reached; null when none or not a ladder
 * @param problem why the rate is not computable; null when computed
 */
public record AchievementRate(BigDecimal percent, BigDecimal uncapped, BigDecimal milestone, String problem) {

	private static final MathContext PRECISION = MathContext.DECIMAL64;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Achievement against {@code target}, with the polarity its bound implies. */
	public static AchievementRate of(Target target, BigDecimal actual, BigDecimal capPercent) {
		return of(target, actual, Polarity.of(target), capPercent);
	}

	/**
	 * Achievement against {@code target} with an explicit polarity; never throws.
	 *
	 * @param target the indicator's target; null or unreadable gives not computable
	 * @param actual the actual value in the target's unit; null gives not computable
	 * @param polarity which direction is good; null reads as {@link Polarity#of(Target)}
	 * @param capPercent the highest rate counted, in percent; null for no cap
	 */
	public static AchievementRate of(Target target, BigDecimal actual, Polarity polarity, BigDecimal capPercent) {
		if (target == null || !target.isReadable()) {
			return notComputable("target not readable: " + (target == null ? "none" : target.text()));
		}
		if (actual == null) {
			return notComputable("no actual value");
		}
		Polarity direction = polarity == null ? Polarity.of(target) : polarity;
		BigDecimal reached = actual;
		BigDecimal milestone = null;
		if (!target.ladder().isEmpty()) {
			milestone = milestoneReached(target.ladder(), actual, direction);
			if (milestone == null) {
				return new AchievementRate(BigDecimal.ZERO, BigDecimal.ZERO, null, null);
			}
			reached = milestone;
		}
		AchievementRate rate = rule(target.value(), reached, direction);
		if (!rate.isComputable()) {
			return rate;
		}
		return new AchievementRate(capped(rate.uncapped, capPercent), rate.uncapped, milestone, null);
	}

	/**
	 * Achievement from a formula's evaluation; a failed evaluation gives a not-computable rate
	 * naming the problem (unparsed formula, missing measure, zero denominator).
	 */
	public static AchievementRate of(Target target, Evaluation actual, Polarity polarity, BigDecimal capPercent) {
		if (actual == null) {
			return notComputable("no actual value");
		}
		if (!actual.isComputed()) {
			return notComputable(actual.problem() + (actual.detail().isEmpty() ? "" : ": " + actual.detail()));
		}
		return of(target, actual.value(), polarity, capPercent);
	}

	/** An achievement entered by hand (for a formula that could not be parsed), capped likewise. */
	public static AchievementRate manual(BigDecimal percent, BigDecimal capPercent) {
		if (percent == null) {
			return notComputable("no achievement entered");
		}
		BigDecimal floored = percent.max(BigDecimal.ZERO);
		return new AchievementRate(capped(floored, capPercent), floored, null, null);
	}

	/** A rate that cannot be computed, for {@code reason}. */
	public static AchievementRate notComputable(String reason) {
		return new AchievementRate(null, null, null, reason == null ? "not computable" : reason);
	}

	/** Whether a rate was computed. */
	public boolean isComputable() {
		return percent != null;
	}

	private static AchievementRate rule(BigDecimal target, BigDecimal actual, Polarity polarity) {
		try {
			return polarity == Polarity.LOWER_IS_BETTER ? lowerIsBetter(target, actual) : higherIsBetter(target, actual);
		}
		catch (ArithmeticException e) {
			// only absurd magnitudes (exponents beyond ±2³¹) get here
			return notComputable("values out of range: " + e.getMessage());
		}
	}

	private static AchievementRate higherIsBetter(BigDecimal target, BigDecimal actual) {
		if (target.signum() <= 0) {
			return notComputable("target " + target.toPlainString() + " is not positive");
		}
		BigDecimal rate = actual.multiply(HUNDRED).divide(target, PRECISION).max(BigDecimal.ZERO);
		return new AchievementRate(rate, rate, null, null);
	}

	private static AchievementRate lowerIsBetter(BigDecimal target, BigDecimal actual) {
		if (actual.compareTo(target) <= 0) {
			return new AchievementRate(HUNDRED, HUNDRED, null, null);
		}
		if (target.signum() < 0) {
			return notComputable("negative ceiling " + target.toPlainString() + " exceeded");
		}
		// actual > target ≥ 0, so actual is positive and the division is safe
		BigDecimal rate = target.multiply(HUNDRED).divide(actual, PRECISION);
		return new AchievementRate(rate, rate, null, null);
	}

	/** The furthest milestone {@code actual} reached, in the ladder's order; null when none. */
	private static BigDecimal milestoneReached(List<BigDecimal> ladder, BigDecimal actual, Polarity polarity) {
		BigDecimal reached = null;
		for (BigDecimal step : ladder) {
			boolean ok = polarity == Polarity.LOWER_IS_BETTER ? actual.compareTo(step) <= 0 : actual.compareTo(step) >= 0;
			if (ok) {
				reached = step;
			}
		}
		return reached;
	}

	private static BigDecimal capped(BigDecimal rate, BigDecimal capPercent) {
		return capPercent == null ? rate : rate.min(capPercent);
	}

}
