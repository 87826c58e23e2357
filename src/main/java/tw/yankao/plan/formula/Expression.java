package tw.yankao.plan.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * A node of a parsed formula. Package-private: callers see {@link Formula}, which keeps the text
 * as written; the tree exists to evaluate and to split a ratio into numerator and denominator.
 */
interface Expression {

	/** Sixteen significant digits: enough for counts in the billions and percent to many places. */
	MathContext PRECISION = MathContext.DECIMAL64;

	/**
	 * @param values measure values by name, never null
	 * @throws MissingMeasure when a named measure has no value
	 * @throws DivisionByZero on a division by zero
	 * @throws ArithmeticException when a result leaves BigDecimal's range
	 */
	BigDecimal evaluate(Map<String, BigDecimal> values);

	/** Adds the measure names in order of appearance, duplicates included. */
	void collectMeasures(List<String> names);

	/** Canonical text, parenthesised only where precedence needs it. */
	String render();

	/** Binding strength used by {@link #render()}: higher binds tighter. */
	int precedence();

	/**
	 * A literal number. {@code percent} records a trailing {@code %}: a unit mark, not a division
	 * by 100, so that {@code *100%} keeps its plain meaning of "times 100, in percent".
	 */
	record Number(BigDecimal value, boolean percent) implements Expression {

		@Override
		public BigDecimal evaluate(Map<String, BigDecimal> values) {
			return value;
		}

		@Override
		public void collectMeasures(List<String> names) {
			// a literal names no measure
		}

		@Override
		public String render() {
			return value.toPlainString() + (percent ? "%" : "");
		}

		@Override
		public int precedence() {
			return 4;
		}
	}

	/** A named measure such as {@code 獲獎研究報告件數} or {@code 80分以上通數}. */
	record Measure(String name) implements Expression {

		@Override
		public BigDecimal evaluate(Map<String, BigDecimal> values) {
			BigDecimal value = values.get(name);
			if (value == null) {
				throw new MissingMeasure(name);
			}
			return value;
		}

		@Override
		public void collectMeasures(List<String> names) {
			names.add(name);
		}

		@Override
		public String render() {
			return name;
		}

		@Override
		public int precedence() {
			return 4;
		}
	}

	/** Unary minus. */
	record Negation(Expression operand) implements Expression {

		@Override
		public BigDecimal evaluate(Map<String, BigDecimal> values) {
			return operand.evaluate(values).negate();
		}

		@Override
		public void collectMeasures(List<String> names) {
			operand.collectMeasures(names);
		}

		@Override
		public String render() {
			String inner = operand.render();
			return "-" + (operand.precedence() < precedence() ? "(" + inner + ")" : inner);
		}

		@Override
		public int precedence() {
			return 3;
		}
	}

	/** A binary operation; {@code operator} is one of {@code + - * /}. */
	record Operation(char operator, Expression left, Expression right) implements Expression {

		@Override
		public BigDecimal evaluate(Map<String, BigDecimal> values) {
			BigDecimal a = left.evaluate(values);
			BigDecimal b = right.evaluate(values);
			switch (operator) {
				case '+':
					return a.add(b, PRECISION);
				case '-':
					return a.subtract(b, PRECISION);
				case '*':
					return a.multiply(b, PRECISION);
				default:
					if (b.signum() == 0) {
						throw new DivisionByZero();
					}
					return a.divide(b, PRECISION);
			}
		}

		@Override
		public void collectMeasures(List<String> names) {
			left.collectMeasures(names);
			right.collectMeasures(names);
		}

		@Override
		public String render() {
			// the right operand of - and / needs parentheses at equal precedence: a-(b-c) ≠ a-b-c
			boolean strictRight = operator == '-' || operator == '/';
			return wrap(left, left.precedence() < precedence())
				+ operator
				+ wrap(right, right.precedence() < precedence()
					|| strictRight && right.precedence() == precedence()
					|| right instanceof Negation);
		}

		@Override
		public int precedence() {
			return operator == '+' || operator == '-' ? 1 : 2;
		}

		private static String wrap(Expression expression, boolean parenthesise) {
			return parenthesise ? "(" + expression.render() + ")" : expression.render();
		}
	}

	/** A measure without a value: evaluation cannot go on, the caller reports which one. */
	final class MissingMeasure extends RuntimeException {

		private final String name;

		MissingMeasure(String name) {
			super("no value for measure " + name, null, false, false);
			this.name = name;
		}

		String name() {
			return name;
		}
	}

	/** A zero denominator: an expected outcome (no tender this year), told apart from overflow. */
	final class DivisionByZero extends ArithmeticException {

		DivisionByZero() {
			super("division by zero");
		}
	}

}
