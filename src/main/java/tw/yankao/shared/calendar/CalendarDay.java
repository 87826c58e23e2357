package tw.yankao.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One day of an imported calendar.
 *
 * @param day the Gregorian date
 * @param dayOff whether government offices are closed (flag {@code 2}); false for a working day (flag {@code 0})
 * @param note the 備註 column: the holiday's name or 補行上班; null when empty
 */
public record CalendarDay(LocalDate day, boolean dayOff, @Nullable String note) {

	/** A Saturday or Sunday on which offices work to make up for a bridge holiday (補行上班). */
	public boolean makeUpWorkingDay() {
		return !dayOff && isWeekend(day);
	}

	static boolean isWeekend(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
	}

}
