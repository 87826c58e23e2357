package tw.yankao.shared.calendar;

import java.time.LocalDate;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * One year of the calendar in memory: a state per day of the year, or, for a year without
 * imported data, nothing but the weekend rule.
 */
final class CalendarYearDays {

	private static final byte UNKNOWN = 0;

	private static final byte WORKING = 1;

	private static final byte OFF = 2;

	private final int year;

	/** Indexed by day of year − 1; null when the year has no imported data. */
	private final byte @Nullable [] states;

	private CalendarYearDays(int year, byte @Nullable [] states) {
		this.year = year;
		this.states = states;
	}

	static CalendarYearDays fallback(int year) {
		return new CalendarYearDays(year, null);
	}

	/** A year with imported data; the days must all be of this year. */
	static CalendarYearDays imported(int year, Collection<CalendarDay> days) {
		byte[] states = new byte[366];
		for (CalendarDay day : days) {
			states[day.day().getDayOfYear() - 1] = day.dayOff() ? OFF : WORKING;
		}
		return new CalendarYearDays(year, states);
	}

	boolean imported() {
		return states != null;
	}

	/** Whether the day, which must be of this year, is a working day; unknown days follow the weekend rule. */
	boolean isWorkingDay(LocalDate day) {
		if (day.getYear() != year) {
			throw new IllegalArgumentException(day + " is not in " + year);
		}
		byte state = states == null ? UNKNOWN : states[day.getDayOfYear() - 1];
		return state == UNKNOWN ? !CalendarDay.isWeekend(day) : state == WORKING;
	}

}
