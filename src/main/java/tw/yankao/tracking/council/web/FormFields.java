package tw.yankao.tracking.council.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;

/**
 * Reads a form's fields as typed, collecting an error for each that is not a number or a date, so
 * that a person sees every mistyped field at once together with the business rules' errors.
 */
final class FormFields {

	private final List<FieldError> errors = new ArrayList<>();

	Integer number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			errors.add(new FieldError(field, "council.field.number", text));
			return null;
		}
	}

	/** ISO (as date inputs send) or ROC, e.g. {@code 114/11/24}. */
	LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return RocDates.parse(text.strip());
		}
		catch (IllegalArgumentException e) {
			errors.add(new FieldError(field, "council.field.date", text));
			return null;
		}
	}

	<E extends Enum<E>> E choice(String field, Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException e) {
			errors.add(new FieldError(field, "council.field.required"));
			return null;
		}
	}

	/** @throws InvalidInput naming every field that was mistyped */
	<T> T entry(T entry) {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return entry;
	}

}
