package tw.yankao.shared.time;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Binds {@link LocalDate} form fields: accepts every form {@link RocDates#parse} reads (ROC or ISO)
 * and prints the short ROC form {@code 114/11/24}. So date fields are text inputs; an HTML
 * {@code <input type="date">} needs ISO and must not use this printer. Blank input binds to null
 * (Spring's conversion service does that before calling {@link #parse}).
 */
@Component
public class RocDateFormatter implements Formatter<LocalDate> {

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		try {
			return RocDates.parse(text);
		}
		catch (IllegalArgumentException ex) {
			// Binding reports a ParseException as a typeMismatch field error, not a server error.
			ParseException parseException = new ParseException(ex.getMessage(), 0);
			parseException.initCause(ex);
			throw parseException;
		}
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return RocDates.formatShort(date);
	}

}
