package tw.yankao.plan.achievement;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.yankao.plan.formula.Target;

/**
 * The actual value a prior-year review (達成情形分析) states in its prose, read the ways plans
 * write it:
 * <ul>
 * <li>a percentage with its counts, {@code 及格率89.05%(187人/210人)} → 89.05, 187, 210;</li>
 * <li>a rate without counts, {@code 管考執行率為91.99%} → 91.99, for a target in %;</li>
 * <li>a total, {@code 共計63件} → 63, for a target that is not in %.</li>
 * </ul>
 * Anything else (plans, progress in words, several rates in one cell) gives nothing rather
 * than a guess: a demo must not show numbers the document does not state.
 *
 * @param actual the value in the target's unit
 * @param numerator the count above the line, null when the text gives none
 * @param denominator the count below the line, null likewise
 */
record PriorYearActual(BigDecimal actual, BigDecimal numerator, BigDecimal denominator) {

	private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)";
	private static final Pattern WITH_COUNTS = Pattern
		.compile(NUMBER + "\\s*%\\s*\\(\\s*" + NUMBER + "\\s*\\D{0,3}?\\s*/\\s*" + NUMBER + "\\s*\\D{0,3}?\\)");
	private static final Pattern RATE = Pattern.compile("率為\\s*" + NUMBER + "\\s*%");
	private static final Pattern TOTAL = Pattern.compile("共計\\s*" + NUMBER + "\\s*(?:件|人|次|場|班|項)");

	/** What the analysis states against the target; empty when it states no single actual. */
	static Optional<PriorYearActual> read(String analysis, Target target) {
		if (analysis == null || analysis.isBlank()) {
			return Optional.empty();
		}
		String text = Normalizer.normalize(analysis, Normalizer.Form.NFKC);
		boolean percent = "%".equals(target.unit());
		if (percent) {
			Matcher counts = WITH_COUNTS.matcher(text);
			if (counts.find()) {
				return Optional.of(new PriorYearActual(number(counts.group(1)), number(counts.group(2)),
						number(counts.group(3))));
			}
			return single(RATE.matcher(text));
		}
		return target.isReadable() ? single(TOTAL.matcher(text)) : Optional.empty();
	}

	/** The one value the pattern finds; two different values mean the text is about several things. */
	private static Optional<PriorYearActual> single(Matcher matcher) {
		BigDecimal found = null;
		while (matcher.find()) {
			BigDecimal value = number(matcher.group(1));
			if (found != null && found.compareTo(value) != 0) {
				return Optional.empty();
			}
			found = value;
		}
		return Optional.ofNullable(found).map(value -> new PriorYearActual(value, null, null));
	}

	private static BigDecimal number(String digits) {
		return new BigDecimal(digits.replace(",", ""));
	}

}
