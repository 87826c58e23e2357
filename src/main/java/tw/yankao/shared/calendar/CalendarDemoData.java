package tw.yankao.shared.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tw.yankao.shared.demo.DemoDataset;

/**
 * A demo calendar for 2026 (ROC 115), imported through the same {@link CalendarImport} that
 * administrators use. It is labelled as demo data in every holiday's note and in
 * {@code demo/README-calendar.txt}: it is not the official calendar.
 */
@Component
class CalendarDemoData implements DemoDataset {

	static final String FILE = "calendar-2026-demo.csv";

	/** Recorded as the importer, so that the list page shows where the year came from. */
	static final String IMPORTED_BY = "demo";

	private final CalendarImport calendarImport;

	CalendarDemoData(CalendarImport calendarImport) {
		this.calendarImport = calendarImport;
	}

	/** After the organisation (0): nothing here refers to it, but demo modules may refer to working days. */
	@Override
	public int order() {
		return 10;
	}

	/** Any imported year counts: the demo must never replace a calendar an administrator imported. */
	@Override
	public boolean isLoaded() {
		return !calendarImport.importedYears().isEmpty();
	}

	@Override
	public void load() {
		try {
			calendarImport.importFile(new ClassPathResource("demo/" + FILE).getContentAsByteArray(), FILE, IMPORTED_BY);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
