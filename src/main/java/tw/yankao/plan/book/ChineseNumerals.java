package tw.yankao.plan.book;

/** Chinese numerals 一 … 九十九, the numbering plan books give their entries (一、 二、 …). */
final class ChineseNumerals {

	private static final String DIGITS = "一二三四五六七八九";

	private ChineseNumerals() {
	}

	/** @param n 1–99; larger numbers are written in Arabic digits, which plans also use */
	static String of(int n) {
		if (n < 1 || n > 99) {
			return String.valueOf(n);
		}
		int tens = n / 10;
		int units = n % 10;
		StringBuilder text = new StringBuilder();
		if (tens > 1) {
			text.append(DIGITS.charAt(tens - 1));
		}
		if (tens > 0) {
			text.append('十');
		}
		if (units > 0) {
			text.append(DIGITS.charAt(units - 1));
		}
		return text.toString();
	}

}
