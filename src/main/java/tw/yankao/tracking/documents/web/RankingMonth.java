package tw.yankao.tracking.documents.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import tw.yankao.shared.web.InvalidInput;

/** The month a ranking is asked for: {@code YYYY-MM}, not in the future; last month when not given. */
final class RankingMonth {

	static final String FIELD = "month";

	private RankingMonth() {
	}

	/** @throws InvalidInput naming {@code month} when the text is no month or a future one */
	static YearMonth parse(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return YearMonth.from(today).minusMonths(1);
		}
		YearMonth month;
		try {
			month = YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(FIELD, "documents.month.bad", text);
		}
		if (month.isAfter(YearMonth.from(today))) {
			throw new InvalidInput(FIELD, "documents.month.future", text);
		}
		return month;
	}

}
