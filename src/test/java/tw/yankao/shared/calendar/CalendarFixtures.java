package tw.yankao.shared.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The synthetic calendar files under {@code src/test/resources/calendar/} (see the README there). */
final class CalendarFixtures {

	static final String YEAR_2030 = "synthetic-2030.csv";

	static final String YEAR_2031_BIG5 = "synthetic-2031-big5.csv";

	static final String DEC_2034_TO_JAN_2035 = "synthetic-2034-12-to-2035-01.csv";

	static final String YEAR_2035_BOM = "synthetic-2035-bom.csv";

	static final String BAD_JANUARY_2030 = "synthetic-bad-2030-01.csv";

	private CalendarFixtures() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = CalendarFixtures.class.getResourceAsStream("/calendar/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
