package tw.yankao.plan.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator's target (目標值) as written in a plan, and what it means: {@code 85%},
 * {@code 4 次}, {@code 1,000則}, {@code 3,420萬次}, {@code ≤120}, {@code ≥85%}, or a
 * milestone ladder {@code 25%→50%→75%→100%}. Reading never fails: a text it cannot read keeps
 * {@link #value()} null, so the indicator is flagged for manual values instead of breaking.
 *
 * @param text the target exactly as written
 * @param value the number, with 萬 (10⁴) and 億 (10⁸) applied and thousands separators removed;
 *     for a ladder the last step; null when unreadable
 * @param unit what is counted ({@code %}, {@code 次}, {@code 人次} …), empty when none is written
 * @param bound whether the number is a goal to reach, an upper bound (lower is better) or a
 *     lower bound
 * @param ladder the milestones of a ladder in order, empty for a single target
 */
public record Target(String text, BigDecimal value, String unit, Bound bound, List<BigDecimal> ladder) {

	/** How the number bounds the actual value. */
	public enum Bound {
		/** Reach at least this; more is better (the usual reading of a plain target). */
		REACH,
		/** At most this ({@code ≤120}): lower is better. */
		AT_MOST,
		/** At least this, written explicitly ({@code ≥85%}). */
		AT_LEAST
	}

	private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*([萬億]?)");
	private static final Pattern LADDER_SEPARATOR = Pattern.compile("\\s*(?:→|->|－>|、|至)\\s*");

	public Target {
		ladder = List.copyOf(ladder);
	}

	/** Reads a target text; never throws. */
	public static Target parse(String text) {
		String original = text == null ? "" : text;
		String normal = FormulaText.normalise(original);
		Bound bound = Bound.REACH;
		if (normal.startsWith("≤") || normal.startsWith("<=") || normal.endsWith("以下")) {
			bound = Bound.AT_MOST;
		}
		else if (normal.startsWith("≥") || normal.startsWith(">=") || normal.endsWith("以上")) {
			bound = Bound.AT_LEAST;
		}
		String body = normal.replaceFirst("^(≤|≥|<=|>=)", "").replaceFirst("(以下|以上)$", "").strip();
		List<BigDecimal> steps = new ArrayList<>();
		String unit = "";
		for (String part : LADDER_SEPARATOR.split(body)) {
			Matcher m = NUMBER.matcher(part);
			if (!m.lookingAt()) {
				return unreadable(original, bound);
			}
			steps.add(number(m.group(1), m.group(2)));
			unit = part.substring(m.end()).strip();
		}
		if (steps.isEmpty()) {
			return unreadable(original, bound);
		}
		return new Target(original, steps.get(steps.size() - 1), unit, bound, steps.size() > 1 ? steps : List.of());
	}

	/** Whether the engine understood the number. */
	public boolean isReadable() {
		return value != null;
	}

	private static Target unreadable(String text, Bound bound) {
		return new Target(text, null, "", bound, List.of());
	}

	private static BigDecimal number(String digits, String multiplier) {
		BigDecimal value = new BigDecimal(digits.replace(",", ""));
		return switch (multiplier) {
			case "萬" -> value.movePointRight(4);
			case "億" -> value.movePointRight(8);
			default -> value;
		};
	}

}
