package tw.yankao.shared.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tw.yankao.shared.DataChanged;

/**
 * Imports government working-day calendar files (行政院人事行政總處, data.gov.tw 14718) into the
 * {@link WorkingDayCalendar}.
 * <p>
 * A file is CSV with the header {@code 西元日期,星期,是否放假,備註}, in UTF-8 (with or without BOM)
 * or Big5, one row per day. It may cover one or more years, each whole or in part; every year it
 * contains is replaced as a whole (days of that year missing from the file then follow the weekend
 * rule). The import is all or nothing: any problem in the file rejects it and changes nothing.
 * Each replaced year publishes a {@link DataChanged} ({@value #ENTITY}, the Gregorian year,
 * {@value #ACTION}) with the year's {@link CalendarYear#summary()} before and after.
 */
@Service
@Transactional
public class CalendarImport {

	/** The audited entity name. */
	public static final String ENTITY = "calendar_year";

	/** The audited action. */
	public static final String ACTION = "IMPORT";

	private static final Logger log = LoggerFactory.getLogger(CalendarImport.class);

	private final CalendarRepository repository;

	private final WorkingDayCalendar calendar;

	private final ApplicationEventPublisher events;

	CalendarImport(CalendarRepository repository, WorkingDayCalendar calendar, ApplicationEventPublisher events) {
		this.repository = repository;
		this.calendar = calendar;
		this.events = events;
	}

	/**
	 * Imports a calendar file.
	 * @param content the file's bytes, UTF-8 or Big5, at most 2 MB
	 * @param sourceName the file's name, kept with each year (cut to 255 characters)
	 * @param importedBy the importing user's login name (at most 100 characters), {@code cli} for the
	 *        command line; null when unknown
	 * @return the replaced years
	 * @throws CalendarFileException listing the file's problems (up to 50) when it is not a valid calendar
	 */
	public CalendarImportResult importFile(byte[] content, String sourceName, @Nullable String importedBy) {
		Objects.requireNonNull(sourceName, "sourceName");
		if (importedBy != null && importedBy.length() > 100) {
			throw new IllegalArgumentException("importedBy is longer than 100 characters: " + importedBy);
		}
		CalendarFile file = CalendarCsv.parse(content);
		List<Integer> years = List.copyOf(file.byYear().keySet());
		forgetOnCompletion(years);
		repository.lockForImport();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String source = sourceName.length() > 255 ? sourceName.substring(0, 255) : sourceName;
		List<CalendarYear> replaced = new ArrayList<>();
		file.byYear().forEach((year, days) -> {
			CalendarYear after = CalendarYear.of(year, days, source, now, importedBy);
			CalendarYear before = repository.findYear(year).orElse(null);
			repository.replaceYear(after, days);
			events.publishEvent(new DataChanged(ENTITY, String.valueOf(year), ACTION, before == null ? null : before.summary(),
					after.summary()));
			replaced.add(after);
		});
		log.info("Imported working-day calendar {} for years {} ({} days)", source, years, file.days().size());
		return new CalendarImportResult(source, replaced);
	}

	/**
	 * Imports a calendar file from a stream, which is read but not closed.
	 * @see #importFile(byte[], String, String)
	 */
	public CalendarImportResult importFile(InputStream content, String sourceName, @Nullable String importedBy) throws IOException {
		// One byte over the limit is enough for the parser to reject the file without reading all of it.
		return importFile(content.readNBytes(CalendarCsv.MAX_BYTES + 1), sourceName, importedBy);
	}

	/** What the calendar holds, per Gregorian year, ascending. */
	@Transactional(readOnly = true)
	public List<CalendarYear> importedYears() {
		return repository.findYears();
	}

	/** What the calendar holds for one Gregorian year, if it was imported. */
	@Transactional(readOnly = true)
	public Optional<CalendarYear> importedYear(int year) {
		return repository.findYear(year);
	}

	/**
	 * The imported days of one Gregorian year in date order; empty when the year was never
	 * imported. Days of a partial year that the file did not have are left out.
	 */
	@Transactional(readOnly = true)
	public List<CalendarDay> importedDays(int year) {
		return repository.findDays(year);
	}

	// After completion, not only after commit: a read inside this transaction may have cached rows that a rollback discards.
	private void forgetOnCompletion(List<Integer> years) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				calendar.forget(years);
			}

		});
	}

}
