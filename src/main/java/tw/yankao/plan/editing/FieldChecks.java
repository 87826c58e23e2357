package tw.yankao.plan.editing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import tw.yankao.plan.formula.Target;
import tw.yankao.shared.web.InvalidInput;

/**
 * Reads the text fields of one editor form into values, collecting every problem so that the user
 * sees all of them at once; {@link #done()} throws them together as one {@link InvalidInput}.
 */
final class FieldChecks {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final List<InvalidInput.FieldError> errors = new ArrayList<>();

	/** Null for a blank text. */
	static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	String required(String field, String value) {
		String text = text(value);
		if (text == null) {
			errors.add(new InvalidInput.FieldError(field, "plan.error.required"));
		}
		return text;
	}

	/** A percentage 0–100; null when blank (a plan may print no weight). */
	BigDecimal weight(String field, String value) {
		BigDecimal number = number(field, value, "plan.error.weight");
		if (number != null && (number.signum() < 0 || number.compareTo(HUNDRED) > 0)) {
			errors.add(new InvalidInput.FieldError(field, "plan.error.weight", value.strip()));
			return null;
		}
		return number;
	}

	/** An amount in NT$ thousand, thousands separators allowed; null when blank. */
	BigDecimal amount(String field, String value) {
		return number(field, value, "plan.error.amount");
	}

	/** 評估體制 1–5; null when blank. */
	Integer scheme(String field, String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		if (!text.matches("[1-5]")) {
			errors.add(new InvalidInput.FieldError(field, "plan.error.scheme", text));
			return null;
		}
		return Integer.valueOf(text);
	}

	/** A target the formula engine can read; an empty target is allowed (written later). */
	Target target(String field, String value) {
		Target target = Target.parse(text(value));
		if (text(value) != null && !target.isReadable()) {
			errors.add(new InvalidInput.FieldError(field, "plan.error.target", value.strip()));
		}
		return target;
	}

	<E extends Enum<E>> E choice(String field, String value, Class<E> type) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			errors.add(new InvalidInput.FieldError(field, "plan.error.choice", text));
			return null;
		}
	}

	void done() {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private BigDecimal number(String field, String value, String messageKey) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			// full-width digits (１８) and separators are how people type in zh-TW
			String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "").replace("%", "").strip();
			return new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			errors.add(new InvalidInput.FieldError(field, messageKey, text));
			return null;
		}
	}

}
