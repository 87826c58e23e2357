package tw.yankao.plan.book;

import java.math.BigDecimal;

/** How a plan book prints weights and amounts, in the form the plan import reads back. */
final class BookNumbers {

	private BookNumbers() {
	}

	/** {@code 提升行政效能(18%)}; the name alone when it has no weight. */
	static String weighted(String name, BigDecimal weight) {
		String text = name == null ? "" : name;
		return weight == null ? text : text + "(" + weight.stripTrailingZeros().toPlainString() + "%)";
	}

	/** {@code 23,287} or {@code 1,500.5}: thousands separated, the decimals as stored; empty for null. */
	static String amount(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		String plain = amount.toPlainString();
		boolean negative = plain.startsWith("-");
		String digits = negative ? plain.substring(1) : plain;
		int point = digits.indexOf('.');
		String whole = point < 0 ? digits : digits.substring(0, point);
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				grouped.append(',');
			}
			grouped.append(whole.charAt(i));
		}
		return (negative ? "-" : "") + grouped + (point < 0 ? "" : digits.substring(point));
	}

}
