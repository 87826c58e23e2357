package tw.yankao.plan.importing;

/**
 * A list number written in one of the formats Word and LibreOffice number Chinese plans with:
 * Arabic digits, 一二三 (counting), 壹貳參 (legal), 甲乙丙 (celestial stems).
 */
final class ListNumber {

	private static final String DIGITS = "〇一二三四五六七八九";
	private static final String LEGAL_DIGITS = "零壹貳參肆伍陸柒捌玖";
	private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

	private ListNumber() {
	}

	/**
	 * @param format the format's name as Word writes it ({@code decimal}, {@code taiwaneseCountingThousand} …)
	 * @return the number written, null for bullets and formats not known here
	 */
	static String format(String format, int n) {
		return switch (format) {
			case "decimal", "decimalZero", "decimalFullWidth", "decimalHalfWidth" -> Integer.toString(n);
			case "taiwaneseCounting", "taiwaneseCountingThousand", "chineseCounting", "chineseCountingThousand",
					"ideographDigital" -> counting(n, DIGITS, "十");
			case "ideographLegalTraditional", "chineseLegalSimplified" -> counting(n, LEGAL_DIGITS, "拾");
			case "ideographTraditional" -> n >= 1 && n <= STEMS.length() ? String.valueOf(STEMS.charAt(n - 1)) : null;
			default -> null;
		};
	}

	/** 1–99 as 一 … 十 … 九十九 (or 壹 … 拾); other numbers in digits. */
	private static String counting(int n, String digits, String ten) {
		if (n < 1 || n > 99) {
			return Integer.toString(n);
		}
		int tens = n / 10;
		int ones = n % 10;
		StringBuilder text = new StringBuilder();
		if (tens > 1) {
			text.append(digits.charAt(tens));
		}
		if (tens > 0) {
			text.append(ten);
		}
		if (ones > 0) {
			text.append(digits.charAt(ones));
		}
		return text.toString();
	}

}
