package tw.yankao.tracking;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import tw.yankao.shared.web.InvalidInput;

/** Reads a month as people and the API write it: {@code YYYY-MM}, Gregorian. */
public final class ReportMonth {

	private ReportMonth() {
	}

	/** @throws InvalidInput on the field {@code month} when missing or not {@code YYYY-MM} */
	public static YearMonth parse(String text) {
		String month = text == null ? "" : text.strip();
		try {
			if (month.matches("\\d{4}-\\d{2}")) {
				return YearMonth.parse(month);
			}
		}
		catch (DateTimeParseException e) {
			// falls through to the field error: 2026-13 reads like a month but is none
		}
		throw new InvalidInput("month", "tracking.progress.month", month);
	}

}
