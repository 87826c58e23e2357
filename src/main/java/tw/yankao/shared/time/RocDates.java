package tw.yankao.shared.time;

import java.time.LocalDate;

/** Placeholder until the calendar branch lands with the full implementation. */
public final class RocDates {

	private RocDates() {
	}

	public static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(text);
		}
	}

}
