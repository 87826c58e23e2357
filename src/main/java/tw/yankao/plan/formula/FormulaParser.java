package tw.yankao.plan.formula;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser for a normalised formula body (no label, ASCII operators):
 *
 * <pre>
 * sum     = product { ("+" | "-") product }
 * product = unary { ("*" | "/") unary }
 * unary   = ("-" | "+") unary | primary
 * primary = number ["%"] | measure | "(" sum ")"
 * </pre>
 *
 * A run of letters and digits that starts like a number but goes on with letters is a measure
 * name ({@code 80分以上通數}), because the seeds name counts that way. Failures throw
 * {@link Unparseable}; {@link Formula#parse} turns that into an unparsed formula.
 */
final class FormulaParser {

	/** Deeper nesting than this is not a formula anyone wrote; refusing it keeps the stack safe. */
	private static final int MAX_DEPTH = 64;

	private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

	private final String text;
	private int position;
	private int depth;

	private FormulaParser(String text) {
		this.text = text;
	}

	/** Parses the whole of {@code text}; throws {@link Unparseable} when it is not a formula. */
	static Expression parse(String text) {
		FormulaParser parser = new FormulaParser(text);
		parser.skipSpaces();
		if (parser.atEnd()) {
			throw new Unparseable("empty formula");
		}
		Expression expression = parser.sum();
		if (!parser.atEnd()) {
			throw parser.unexpected();
		}
		return expression;
	}

	private Expression sum() {
		Expression left = product();
		while (peek() == '+' || peek() == '-') {
			char operator = next();
			left = new Expression.Operation(operator, left, product());
		}
		return left;
	}

	private Expression product() {
		Expression left = unary();
		while (peek() == '*' || peek() == '/') {
			char operator = next();
			left = new Expression.Operation(operator, left, unary());
		}
		return left;
	}

	private Expression unary() {
		if (++depth > MAX_DEPTH) {
			throw new Unparseable("nested deeper than " + MAX_DEPTH + " levels");
		}
		try {
			if (peek() == '-') {
				next();
				return new Expression.Negation(unary());
			}
			if (peek() == '+') {
				next();
				return unary();
			}
			return primary();
		}
		finally {
			depth--;
		}
	}

	private Expression primary() {
		char c = peek();
		if (c == '(') {
			int open = position;
			next();
			Expression inner = sum();
			if (peek() != ')') {
				throw atEnd() ? new Unparseable("'(' at " + (open + 1) + " is never closed") : unexpected();
			}
			next();
			return inner;
		}
		if (isNameCharacter(c)) {
			return operand();
		}
		throw unexpected();
	}

	private Expression operand() {
		int start = position;
		Matcher number = NUMBER.matcher(text).region(start, text.length());
		if (number.lookingAt()) {
			int end = number.end();
			int multiplier = end < text.length() ? multiplier(text.charAt(end)) : 0;
			int after = end + (multiplier > 0 ? 1 : 0);
			if (after >= text.length() || !isNameCharacter(text.charAt(after))) {
				position = after;
				BigDecimal value = new BigDecimal(number.group().replace(",", "")).movePointRight(multiplier);
				skipSpaces();
				boolean percent = peek() == '%';
				if (percent) {
					next();
				}
				return new Expression.Number(value, percent);
			}
		}
		while (position < text.length() && isNameCharacter(text.charAt(position))) {
			position++;
		}
		String name = text.substring(start, position);
		skipSpaces();
		return new Expression.Measure(name);
	}

	/** 萬 and 億 scale a number written in Chinese style, as targets do ({@code 3,420萬}). */
	private static int multiplier(char c) {
		return c == '萬' ? 4 : c == '億' ? 8 : 0;
	}

	/** Letters (CJK included) and digits; punctuation such as 、 or 「 ends a name and so marks prose. */
	static boolean isNameCharacter(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	private char peek() {
		return atEnd() ? '\0' : text.charAt(position);
	}

	private char next() {
		char c = text.charAt(position++);
		skipSpaces();
		return c;
	}

	private void skipSpaces() {
		while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
			position++;
		}
	}

	private boolean atEnd() {
		return position >= text.length();
	}

	private Unparseable unexpected() {
		if (atEnd()) {
			return new Unparseable("formula ends where an operand is expected");
		}
		return new Unparseable("unexpected '" + text.charAt(position) + "' at " + (position + 1));
	}

	/** Why a text is not a formula; no stack trace, it is an expected outcome. */
	static final class Unparseable extends RuntimeException {

		Unparseable(String reason) {
			super(reason, null, false, false);
		}
	}

}
