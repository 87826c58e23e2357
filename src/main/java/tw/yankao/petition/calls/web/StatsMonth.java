package tw.yankao.petition.calls.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import tw.yankao.shared.web.InvalidInput;

/** The month statistics are asked for: {@code YYYY-MM}; when not given, the latest month with calls. */
final class StatsMonth {

	static final String FIELD = "month";

	private StatsMonth() {
	}

	/**
	 * @param withCalls the months with calls, latest first
	 * @param today's month, the default when no month has calls
	 * @throws InvalidInput naming {@code month} when the text is no month
	 */
	static YearMonth parse(String text, List<YearMonth> withCalls, YearMonth current) {
		if (text == null || text.isBlank()) {
			return withCalls.isEmpty() ? current : withCalls.get(0);
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(FIELD, "calls.month.bad", text);
		}
	}

}
