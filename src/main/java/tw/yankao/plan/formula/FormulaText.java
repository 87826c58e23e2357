package tw.yankao.plan.formula;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula text prepared for the parser: folded to ASCII operators and split into an optional
 * label ({@code 合格率=}) and the body to parse.
 *
 * @param label the name before {@code =} or {@code :}, empty when none is written
 * @param body the normalised text after the label
 */
record FormulaText(String label, String body) {

	/** A label is a name, then = or : (after NFKC, ＝ and ： are these). */
	private static final Pattern LABEL = Pattern.compile("^\\s*([\\p{L}\\p{N}_ ]+?)\\s*[=:]\\s*");

	/** Normalises {@code text} (not null) and splits off its label. */
	static FormulaText of(String text) {
		String body = normalise(text);
		Matcher m = LABEL.matcher(body);
		if (m.find()) {
			return new FormulaText(m.group(1).strip(), body.substring(m.end()));
		}
		return new FormulaText("", body);
	}

	/**
	 * How plans write numbers and operators, made plain for formulas and targets alike: NFKC
	 * folds full-width forms (０–９, ％, （）, ＜); the look-alikes it leaves are mapped by hand.
	 */
	static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replace('≦', '≤')
			.replace('≧', '≥')
			.replace('×', '*')
			.replace('÷', '/')
			.replace('−', '-')
			.replace('–', '-')
			.strip();
	}

}
