package tw.yankao.shared.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The government working-day calendar: which days offices work, for deadlines such as a
 * document's 限辦日期 ("holidays are not counted").
 * <p>
 * Source: the calendars imported with {@link CalendarImport} (行政院人事行政總處, data.gov.tw 14718).
 * A year that was never imported, and a day missing from a partially imported year, follow the
 * weekend rule: Saturday and Sunday off, every other day a working day. Callers that compute
 * deadlines should warn administrators with {@link #yearsWithoutData(int, int)}.
 * <p>
 * All dates are Gregorian {@link LocalDate}s, all years Gregorian ({@code 2026}, not ROC 115);
 * arguments must not be null. Each year is read from the database once and kept in memory
 * until an import replaces it, so the methods are cheap enough for hot paths. The cache lives in
 * this process: an import in another application instance is seen here only after a restart.
 */
@Service
public class WorkingDayCalendar {

	/** The largest number of working days {@link #addWorkingDays} moves, about 400 years. */
	public static final int MAX_WORKING_DAYS = 100_000;

	private final IntFunction<CalendarYearDays> loader;

	private final ConcurrentMap<Integer, CalendarYearDays> years = new ConcurrentHashMap<>();

	/** Counts imports, so that a load racing with an import does not cache what the import replaced. */
	private final AtomicLong generation = new AtomicLong();

	@Autowired
	WorkingDayCalendar(CalendarRepository repository) {
		this(repository::loadYear);
	}

	WorkingDayCalendar(IntFunction<CalendarYearDays> loader) {
		this.loader = loader;
	}

	/** Whether government offices work on that day: a weekday that is no holiday, or a make-up working day (補行上班). */
	public boolean isWorkingDay(LocalDate day) {
		return year(day.getYear()).isWorkingDay(day);
	}

	/**
	 * The day {@code n} working days away from {@code start}, {@code start} itself not counted:
	 * for {@code n > 0} the n-th working day after it (1 = the next working day, even when
	 * {@code start} is a holiday); for {@code n < 0} the |n|-th working day before it; for
	 * {@code n == 0} {@code start} if it is a working day, otherwise the next working day.
	 * So {@code workingDaysBetween(start, addWorkingDays(start, n)) == n} for every {@code n > 0}.
	 * @throws IllegalArgumentException when |n| exceeds {@link #MAX_WORKING_DAYS}
	 */
	public LocalDate addWorkingDays(LocalDate start, int n) {
		Objects.requireNonNull(start, "start");
		if (n < -MAX_WORKING_DAYS || n > MAX_WORKING_DAYS) {
			throw new IllegalArgumentException("cannot move " + n + " working days; at most " + MAX_WORKING_DAYS);
		}
		LocalDate day = start;
		if (n == 0) {
			while (!isWorkingDay(day)) {
				day = day.plusDays(1);
			}
			return day;
		}
		int step = n > 0 ? 1 : -1;
		for (int remaining = Math.abs(n); remaining > 0;) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
				remaining--;
			}
		}
		return day;
	}

	/**
	 * The number of working days in the half-open interval ({@code from}, {@code to}]: {@code from}
	 * is not counted, {@code to} is. 0 when {@code to} is not after {@code from}. E.g. a document
	 * received on Friday and closed on Monday took 1 working day.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		Objects.requireNonNull(from, "from");
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/** Whether a calendar was imported for the Gregorian year (possibly only part of the year). */
	public boolean hasDataFor(int year) {
		return year(year).imported();
	}

	/**
	 * The Gregorian years from {@code fromYear} to {@code toYear}, both included, that have no
	 * imported calendar and so follow the weekend rule; ascending, empty when {@code fromYear > toYear}.
	 * Typically {@code yearsWithoutData(thisYear, thisYear + 1)}: the next year's calendar is
	 * published in the middle of the year.
	 */
	public List<Integer> yearsWithoutData(int fromYear, int toYear) {
		return IntStream.rangeClosed(fromYear, toYear).filter(y -> !hasDataFor(y)).boxed().toList();
	}

	/** Drops cached years after an import has committed or rolled back. */
	void forget(Collection<Integer> changedYears) {
		generation.incrementAndGet();
		changedYears.forEach(years::remove);
	}

	private CalendarYearDays year(int year) {
		CalendarYearDays cached = years.get(year);
		if (cached != null) {
			return cached;
		}
		long seen = generation.get();
		CalendarYearDays loaded = loader.apply(year);
		years.putIfAbsent(year, loaded);
		if (generation.get() != seen) {
			// An import finished while we were reading: what we read may predate it.
			years.remove(year, loaded);
		}
		return loaded;
	}

}
