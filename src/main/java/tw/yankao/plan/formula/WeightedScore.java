package tw.yankao.plan.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The weighted score of a strategic goal over its indicators, or of an agency over its goals:
 * Σ weight × min(achievement, cap) ÷ Σ weight, in percent.
 *
 * <p>Rules:
 * <ul>
 * <li>weights are used as written and never forced to sum to 100: a plan prints only the
 * business share (70 %, 50 % …), and dividing by the sum makes the score independent of it;</li>
 * <li>an entry without an achievement (unreadable target, unparsed formula without a manual
 * value, no actual) is excluded and listed in {@link #excluded()} with its reason;</li>
 * <li>an entry whose weight is missing or not positive is excluded likewise — unless no entry
 * carries a weight, in which case every computable entry counts equally
 * ({@link #equalWeights()});</li>
 * <li>achievements are floored at 0 and capped at the cap; with nothing counted the score is
 * null.</li>
 * </ul>
 *
 * @param score the weighted score in percent (0 … cap); null when no entry was counted
 * @param weight the sum of the weights counted (the number of entries with equal weights)
 * @param counted names of the entries counted, in input order
 * @param excluded entries left out, with the reason, in input order
 * @param equalWeights whether entries counted equally because none carried a weight
 */
public record WeightedScore(BigDecimal score, BigDecimal weight, List<String> counted, List<Exclusion> excluded,
		boolean equalWeights) {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	public WeightedScore {
		counted = List.copyOf(counted);
		excluded = List.copyOf(excluded);
	}

	/**
	 * One indicator of a goal, or one goal of an agency.
	 *
	 * @param name what is scored, for the report
	 * @param weight the weight as printed (e.g. 7 for 7 %); null when none is printed
	 * @param percent the achievement or goal score in percent; null when not computable
	 * @param problem why {@code percent} is null; null otherwise
	 */
	public record Entry(String name, BigDecimal weight, BigDecimal percent, String problem) {

		/** An indicator with its achievement rate. */
		public static Entry of(String name, BigDecimal weight, AchievementRate rate) {
			return rate == null
				? new Entry(name, weight, null, "no achievement rate")
				: new Entry(name, weight, rate.percent(), rate.problem());
		}

		/** A goal with its own weighted score, for the agency's score. */
		public static Entry of(String name, BigDecimal weight, WeightedScore score) {
			return score == null || score.score() == null
				? new Entry(name, weight, null, "no indicator of the goal could be scored")
				: new Entry(name, weight, score.score(), null);
		}
	}

	/** An entry left out of the score, and why. */
	public record Exclusion(String name, String reason) {
	}

	/**
	 * Scores {@code entries}; never throws.
	 *
	 * @param entries the indicators of a goal or the goals of an agency; null is read as empty
	 * @param capPercent the highest achievement counted per entry, in percent; null for no cap
	 */
	public static WeightedScore of(List<Entry> entries, BigDecimal capPercent) {
		List<Entry> all = entries == null ? List.of() : entries;
		boolean equal = all.stream().noneMatch(WeightedScore::weighted);
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		List<String> counted = new ArrayList<>();
		List<Exclusion> excluded = new ArrayList<>();
		for (Entry entry : all) {
			String reason = exclusion(entry, equal);
			if (reason != null) {
				excluded.add(new Exclusion(entry == null ? "" : entry.name(), reason));
				continue;
			}
			BigDecimal weight = equal ? BigDecimal.ONE : entry.weight();
			sum = sum.add(weight.multiply(bounded(entry.percent(), capPercent)), PRECISION);
			weights = weights.add(weight);
			counted.add(entry.name());
		}
		BigDecimal score = weights.signum() == 0 ? null : sum.divide(weights, PRECISION);
		return new WeightedScore(score, weights, counted, excluded, equal && !counted.isEmpty());
	}

	/** Whether a score could be computed. */
	public boolean isComputable() {
		return score != null;
	}

	private static boolean weighted(Entry entry) {
		return entry != null && entry.weight() != null && entry.weight().signum() > 0;
	}

	/** Why the entry is left out, or null when it counts. */
	private static String exclusion(Entry entry, boolean equalWeights) {
		if (entry == null) {
			return "no entry";
		}
		if (entry.percent() == null) {
			return entry.problem() == null ? "not computable" : entry.problem();
		}
		if (!equalWeights && !weighted(entry)) {
			return "no weight";
		}
		return null;
	}

	private static BigDecimal bounded(BigDecimal percent, BigDecimal capPercent) {
		BigDecimal floored = percent.max(BigDecimal.ZERO);
		return capPercent == null ? floored : floored.min(capPercent);
	}

}
