package tw.yankao.plan.achievement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import tw.yankao.plan.formula.Evaluation;
import tw.yankao.plan.formula.Formula;
import tw.yankao.shared.web.InvalidInput;

/**
 * The actual value of an entry, read and checked against the indicator's formula. With a
 * numerator and a denominator the actual is computed by the formula ({@code (A/B)*100%} gives
 * percent); a typed actual that disagrees with them by more than rounding is refused rather
 * than silently replaced.
 *
 * @param actual the actual in the target's unit, never null
 * @param numerator null when not given
 * @param denominator null when not given, never 0
 */
record ActualValue(BigDecimal actual, BigDecimal numerator, BigDecimal denominator) {

	/** A typed actual may differ from the computed one by the rounding of two decimals. */
	private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

	/**
	 * @throws InvalidInput naming every field that is wrong, nothing read when any is
	 */
	static ActualValue read(Formula formula, String actualText, String numeratorText, String denominatorText) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		BigDecimal actual = number("actual", actualText, errors);
		BigDecimal numerator = number("numerator", numeratorText, errors);
		BigDecimal denominator = number("denominator", denominatorText, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		if (numerator == null && denominator == null) {
			if (actual == null) {
				throw new InvalidInput("actual", "achievement.actual.required");
			}
			return new ActualValue(actual, null, null);
		}
		if (!formula.isRatio()) {
			throw new InvalidInput(numerator != null ? "numerator" : "denominator", "achievement.ratio.none",
					formula.text());
		}
		if (numerator == null) {
			throw new InvalidInput("numerator", "achievement.numerator.required");
		}
		if (denominator == null) {
			throw new InvalidInput("denominator", "achievement.denominator.required");
		}
		if (denominator.signum() == 0) {
			throw new InvalidInput("denominator", "achievement.denominator.zero");
		}
		Evaluation computed = formula.evaluateRatio(numerator, denominator);
		if (!computed.isComputed()) {
			throw new InvalidInput("numerator", "achievement.ratio.failed", computed.problem());
		}
		BigDecimal value = computed.value().setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
		if (actual != null && actual.subtract(value).abs().compareTo(TOLERANCE) > 0) {
			throw new InvalidInput("actual", "achievement.actual.mismatch", value.toPlainString());
		}
		return new ActualValue(value, numerator, denominator);
	}

	/** A number as people type it: thousands separators, full-width digits, a trailing %. */
	private static BigDecimal number(String field, String text, List<InvalidInput.FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String normal = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
			.strip()
			.replace(",", "")
			.replaceFirst("%$", "")
			.strip();
		try {
			return new BigDecimal(normal);
		}
		catch (NumberFormatException e) {
			errors.add(new InvalidInput.FieldError(field, "achievement.number", text.strip()));
			return null;
		}
	}

}
