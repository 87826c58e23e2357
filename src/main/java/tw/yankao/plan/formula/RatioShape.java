package tw.yankao.plan.formula;

import java.math.BigDecimal;

/**
 * Recognises the shapes that give a formula its meaning for reports: a trailing {@code *100%}
 * (the result is in percent) and a top-level {@code X/Y} (numerator and denominator to store).
 */
final class RatioShape {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RatioShape() {
	}

	/** The top-level {@code X * 100%}, or null (also for a null expression). */
	static Expression.Operation percentFactor(Expression expression) {
		if (!(expression instanceof Expression.Operation)) {
			return null;
		}
		Expression.Operation top = (Expression.Operation) expression;
		if (top.operator() != '*' || !(top.right() instanceof Expression.Number)) {
			return null;
		}
		Expression.Number factor = (Expression.Number) top.right();
		return factor.percent() && factor.value().compareTo(HUNDRED) == 0 ? top : null;
	}

	/** The X/Y at the top, looking through a trailing {@code *100%}; null when there is none. */
	static Expression.Operation ratio(Expression expression) {
		Expression.Operation percent = percentFactor(expression);
		Expression top = percent == null ? expression : percent.left();
		if (top instanceof Expression.Operation && ((Expression.Operation) top).operator() == '/') {
			return (Expression.Operation) top;
		}
		return null;
	}

}
