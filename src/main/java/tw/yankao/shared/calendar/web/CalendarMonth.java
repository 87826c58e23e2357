package tw.yankao.shared.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import tw.yankao.shared.calendar.CalendarDay;
import tw.yankao.shared.time.RocDates;

/**
 * One month of an imported year as the page shows it: a grid of weeks from Sunday to Saturday,
 * as Taiwanese calendars print them, and the days that deserve a line of explanation.
 *
 * @param weeks seven cells a week; null cells pad the first and last week
 * @param notedDays days with a note, weekdays off and make-up working days, in date order
 */
record CalendarMonth(YearMonth month, List<List<@Nullable Cell>> weeks, List<Cell> notedDays) {

	/** The weekday columns, Sunday first. */
	static final List<DayOfWeek> COLUMNS = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
			DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

	/** What a day is for the calendar. */
	enum Kind {
		WORKING_DAY, DAY_OFF, MAKE_UP_WORKING_DAY,
		/** Outside the imported part of a partial year: the weekend rule decides. */
		NO_DATA
	}

	/** One day of the grid. */
	record Cell(LocalDate day, Kind kind, @Nullable String note) {

		/** Worth a line under the grid: a weekend day off without a note says nothing the grid does not. */
		public boolean noted() {
			return note != null || kind == Kind.MAKE_UP_WORKING_DAY
					|| (kind == Kind.DAY_OFF && day.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue());
		}

	}

	public int rocYear() {
		return RocDates.toRocYear(month.getYear());
	}

	/** The month's name in the reader's language, for the English caption. */
	public String monthName(Locale locale) {
		return month.getMonth().getDisplayName(TextStyle.FULL, locale);
	}

	/** The twelve months of a year from its imported days; days the file did not have are {@link Kind#NO_DATA}. */
	static List<CalendarMonth> ofYear(int year, List<CalendarDay> days) {
		Map<LocalDate, CalendarDay> byDay = days.stream().collect(Collectors.toMap(CalendarDay::day, Function.identity()));
		List<CalendarMonth> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(of(YearMonth.of(year, m), byDay));
		}
		return months;
	}

	private static CalendarMonth of(YearMonth month, Map<LocalDate, CalendarDay> byDay) {
		List<@Nullable Cell> cells = new ArrayList<>(Collections.nCopies(COLUMNS.indexOf(month.atDay(1).getDayOfWeek()), null));
		List<Cell> noted = new ArrayList<>();
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			Cell cell = cell(month.atDay(d), byDay.get(month.atDay(d)));
			cells.add(cell);
			if (cell.noted()) {
				noted.add(cell);
			}
		}
		while (cells.size() % 7 != 0) {
			cells.add(null);
		}
		List<List<@Nullable Cell>> weeks = new ArrayList<>();
		for (int i = 0; i < cells.size(); i += 7) {
			weeks.add(Collections.unmodifiableList(Arrays.asList(cells.subList(i, i + 7).toArray(new Cell[0]))));
		}
		return new CalendarMonth(month, List.copyOf(weeks), List.copyOf(noted));
	}

	private static Cell cell(LocalDate day, @Nullable CalendarDay imported) {
		if (imported == null) {
			return new Cell(day, Kind.NO_DATA, null);
		}
		Kind kind = imported.dayOff() ? Kind.DAY_OFF : imported.makeUpWorkingDay() ? Kind.MAKE_UP_WORKING_DAY : Kind.WORKING_DAY;
		return new Cell(day, kind, imported.note());
	}

}
