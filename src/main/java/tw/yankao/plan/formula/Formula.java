package tw.yankao.plan.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's measurement formula (衡量標準) as written in a plan, e.g.
 * {@code (獲獎研究報告成果採行件數/獲獎研究報告件數)*100%},
 * {@code (今年志工總人數-去年志工總人數)/去年志工總人數*100%} or
 * {@code 合格率=(80分以上通數/總測試通數)*100%}, read into an expression over named measures.
 *
 * <p>{@link #parse} never throws. A text that is not a formula (prose such as
 * {@code 辦理智慧城市示範區推動規劃(第二階段)}) stays as text with a {@link #reason()}: its
 * indicator needs manual values. A bare name ({@code 累計查詢次數}) is a formula of one measure.
 *
 * <p>Reading rules: full-width characters are folded (NFKC), so {@code （）＊／－＋％} work, and
 * {@code × ÷ −} are the operators they look like; spaces are ignored; a leading label ending in
 * {@code =} or {@code ：} is kept apart; numbers may carry thousands separators and 萬/億. A
 * {@code %} marks the unit, it does not divide by 100: {@code A/B*100%} is A/B times 100, and
 * {@link #isPercent()} says the result is in percent.
 */
public final class Formula {

	private final String text;
	private final String label;
	private final Expression expression;
	private final String reason;

	private Formula(String text, String label, Expression expression, String reason) {
		this.text = text;
		this.label = label;
		this.expression = expression;
		this.reason = reason;
	}

	/**
	 * Reads a formula; never throws.
	 *
	 * @param text the formula as written; null is read as empty
	 * @return a parsed formula, or an unparsed one keeping {@code text} and saying why
	 */
	public static Formula parse(String text) {
		String original = text == null ? "" : text;
		String label = "";
		try {
			FormulaText prepared = FormulaText.of(original);
			label = prepared.label();
			return new Formula(original, label, FormulaParser.parse(prepared.body()), null);
		}
		catch (FormulaParser.Unparseable e) {
			return new Formula(original, label, null, e.getMessage());
		}
		catch (RuntimeException e) {
			// a parser bug must not take an import or a report down: treat the text as unreadable
			return new Formula(original, label, null, "unreadable: " + e);
		}
	}

	/** The formula exactly as written. */
	public String text() {
		return text;
	}

	/** The label before {@code =} or {@code ：} (e.g. {@code 合格率}); empty when none is written. */
	public String label() {
		return label;
	}

	/** Whether the text was read as an expression; when false the indicator needs manual values. */
	public boolean isParsed() {
		return expression != null;
	}

	/** Why the text could not be read; empty when it was. */
	public Optional<String> reason() {
		return Optional.ofNullable(reason);
	}

	/**
	 * Distinct measure names in order of first appearance; empty when unparsed. Names are given
	 * after full-width folding (NFKC: {@code Ａ} becomes {@code A}), and {@link #evaluate} expects
	 * its values under these names.
	 */
	public List<String> measures() {
		if (expression == null) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		expression.collectMeasures(names);
		return List.copyOf(new LinkedHashSet<>(names));
	}

	/** Whether the result is in percent: the formula ends with a factor {@code 100%}. */
	public boolean isPercent() {
		return RatioShape.percentFactor(expression) != null;
	}

	/** Whether the formula is {@code X/Y}, optionally followed by {@code *100%}. */
	public boolean isRatio() {
		return RatioShape.ratio(expression) != null;
	}

	/**
	 * The numerator X of a ratio {@code X/Y[*100%]}, as a formula of its own whose text is the
	 * canonical rendering (e.g. {@code 今年-去年}); empty when not a ratio.
	 */
	public Optional<Formula> numerator() {
		Expression.Operation ratio = RatioShape.ratio(expression);
		return ratio == null ? Optional.empty() : Optional.of(part(ratio.left()));
	}

	/** The denominator Y of a ratio {@code X/Y[*100%]}, as a formula of its own; empty otherwise. */
	public Optional<Formula> denominator() {
		Expression.Operation ratio = RatioShape.ratio(expression);
		return ratio == null ? Optional.empty() : Optional.of(part(ratio.right()));
	}

	/**
	 * Evaluates with the given measure values; never throws.
	 *
	 * @param values measure values by name (null is read as empty); names not in the formula are
	 *     ignored
	 * @return the value, in percent (0–100 for a share, possibly above 100 or negative for a growth
	 *     rate) when {@link #isPercent()}, otherwise in the measures' unit; or the problem
	 */
	public Evaluation evaluate(Map<String, BigDecimal> values) {
		if (expression == null) {
			return Evaluation.failed(Evaluation.Problem.UNPARSED, reason);
		}
		try {
			return Evaluation.of(expression.evaluate(values == null ? Map.of() : values));
		}
		catch (Expression.MissingMeasure e) {
			return Evaluation.failed(Evaluation.Problem.MISSING_MEASURE, e.name());
		}
		catch (Expression.DivisionByZero e) {
			return Evaluation.failed(Evaluation.Problem.DIVISION_BY_ZERO, text);
		}
		catch (ArithmeticException e) {
			return Evaluation.failed(Evaluation.Problem.OUT_OF_RANGE, e.getMessage());
		}
	}

	/**
	 * Evaluates a ratio from its numerator and denominator values, as a prior-year review gives
	 * them ({@code 187人/210人}); the {@code *100%} of the formula still applies. A formula that is
	 * not a ratio, or a null part, yields a problem rather than an exception.
	 *
	 * @return in percent when {@link #isPercent()}, otherwise a ratio (e.g. 0–1)
	 */
	public Evaluation evaluateRatio(BigDecimal numerator, BigDecimal denominator) {
		if (!isRatio()) {
			return Evaluation.failed(Evaluation.Problem.UNPARSED, "not a ratio: " + text);
		}
		if (numerator == null || denominator == null) {
			return Evaluation.failed(Evaluation.Problem.MISSING_MEASURE, numerator == null ? "numerator" : "denominator");
		}
		if (denominator.signum() == 0) {
			return Evaluation.failed(Evaluation.Problem.DIVISION_BY_ZERO, text);
		}
		try {
			BigDecimal value = numerator.divide(denominator, Expression.PRECISION);
			return Evaluation.of(isPercent() ? value.multiply(BigDecimal.valueOf(100), Expression.PRECISION) : value);
		}
		catch (ArithmeticException e) {
			return Evaluation.failed(Evaluation.Problem.OUT_OF_RANGE, e.getMessage());
		}
	}

	/** Canonical text of the parsed expression (ASCII operators, no label); empty when unparsed. */
	public String canonical() {
		return expression == null ? "" : expression.render();
	}

	@Override
	public String toString() {
		return text;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Formula && ((Formula) other).text.equals(text);
	}

	@Override
	public int hashCode() {
		return Objects.hash(text);
	}

	private static Formula part(Expression expression) {
		String rendered = expression.render();
		return new Formula(rendered, "", expression, null);
	}

}
