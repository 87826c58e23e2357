package tw.yankao.plan.importing;

/**
 * Something an import kept but could not read, for a person to fix in the draft.
 *
 * @param kind what is wrong
 * @param line the 1-based line of the text (for a document: its paragraph or table row), 0 when unknown
 * @param cell the 1-based cell of a table row, 0 when not in a table or unknown
 * @param text the text in question as written
 */
public record ImportWarning(Kind kind, int line, int cell, String text) {

	public enum Kind {
		/** A weight in brackets that is not a number, e.g. {@code (十五%)}: the row is kept as text. */
		WEIGHT_NOT_A_NUMBER,
		/** A target the formula engine cannot read: kept as text, actual values are entered by hand. */
		TARGET_NOT_READABLE
	}

	/** In English, for the command line; pages use the message {@code plan-import.warning.<kind>}. */
	public String describe() {
		String place = line == 0 ? "" : "line " + line + (cell == 0 ? "" : ", cell " + cell) + ": ";
		return place + switch (kind) {
			case WEIGHT_NOT_A_NUMBER -> "the weight " + text + " is not a number; the row is kept as text";
			case TARGET_NOT_READABLE -> "the target " + text + " cannot be read by the formula engine; "
					+ "it is kept as text and its values must be entered by hand";
		};
	}

}
