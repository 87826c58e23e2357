package tw.yankao.shared.calendar;

import java.util.List;

/**
 * What an import changed: every year in the file was replaced as a whole.
 *
 * @param sourceName the imported file's name
 * @param years the replaced years, ascending
 */
public record CalendarImportResult(String sourceName, List<CalendarYear> years) {

	public CalendarImportResult {
		years = List.copyOf(years);
	}

	/** The Gregorian years replaced, ascending. */
	public List<Integer> yearsReplaced() {
		return years.stream().map(CalendarYear::year).toList();
	}

	/** Days imported, all years together. */
	public int dayCount() {
		return years.stream().mapToInt(CalendarYear::dayCount).sum();
	}

	/** Days off imported (weekends included), all years together. */
	public int daysOff() {
		return years.stream().mapToInt(CalendarYear::daysOff).sum();
	}

	/** Saturdays and Sundays that are working days (補行上班), all years together. */
	public int makeUpWorkingDays() {
		return years.stream().mapToInt(CalendarYear::makeUpWorkingDays).sum();
	}

}
