package tw.yankao.tracking.meetings;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import tw.yankao.shared.web.InvalidInput;

/** The month a pack or meeting reviews: {@code YYYY-MM} (Gregorian, as {@code <input type=month>} sends it), not in the future. */
public final class PackMonth {

	public static final String FIELD = "month";

	private PackMonth() {
	}

	/** @throws InvalidInput naming {@code month} when missing, no month or after {@code thisMonth} */
	public static YearMonth parse(String text, YearMonth thisMonth) {
		String month = text == null ? "" : text.strip();
		YearMonth parsed;
		try {
			if (!month.matches("\\d{4}-\\d{2}")) {
				throw new InvalidInput(FIELD, "meetings.month.bad", month);
			}
			parsed = YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(FIELD, "meetings.month.bad", month);
		}
		if (parsed.isAfter(thisMonth)) {
			throw new InvalidInput(FIELD, "meetings.month.future", month);
		}
		return parsed;
	}

}
