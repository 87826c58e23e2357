package tw.yankao.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A type-specific field of a tracked item, kept in {@link TrackedItem#details()} under its key as
 * text. Its label is the message {@code tracking.detail.<key>}.
 *
 * @param key the key in the details
 * @param kind what the text holds
 * @param required whether an item of the type must have it
 */
public record DetailField(String key, Kind kind, boolean required) {

	/** What a detail's text holds. */
	public enum Kind {
		/** free text */
		TEXT,
		/** an ISO date ({@code 2026-03-31}) */
		DATE,
		/** {@code true} or {@code false} */
		YES_NO,
		/** an amount in NT$, 0 or more */
		AMOUNT,
		/** worked out from the other details when the item is saved, never entered */
		COMPUTED_DATE;

		/** Whether {@code text} (not blank) is a value of this kind. */
		boolean accepts(String text) {
			try {
				return switch (this) {
					case TEXT -> true;
					case DATE, COMPUTED_DATE -> LocalDate.parse(text) != null;
					case YES_NO -> text.equals("true") || text.equals("false");
					case AMOUNT -> new BigDecimal(text).signum() >= 0;
				};
			}
			catch (DateTimeParseException | NumberFormatException e) {
				return false;
			}
		}
	}

	static DetailField required(String key, Kind kind) {
		return new DetailField(key, kind, true);
	}

	static DetailField optional(String key, Kind kind) {
		return new DetailField(key, kind, false);
	}

	/** Whether the field is entered by people (and so shown on the item form). */
	public boolean isEntered() {
		return kind != Kind.COMPUTED_DATE;
	}

}
