package tw.yankao.shared.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tw.yankao.shared.time.RocDates;

/**
 * What the calendar holds for one Gregorian year: where it came from and how many days it has.
 *
 * @param year the Gregorian year, e.g. 2026 (ROC 115)
 * @param sourceName the imported file's name as given by the importer
 * @param importedAt when the import ran (microsecond precision, as stored)
 * @param importedBy who imported it (login name or {@code cli}); null when unknown
 * @param firstDay the first day the file had for this year
 * @param lastDay the last day the file had for this year
 * @param dayCount how many days the file had for this year (365 or 366 for a whole year)
 * @param daysOff how many of them are days off (flag 2), weekends included
 * @param makeUpWorkingDays how many Saturdays or Sundays are working days (補行上班)
 */
public record CalendarYear(int year, String sourceName, Instant importedAt, @Nullable String importedBy,
		LocalDate firstDay, LocalDate lastDay, int dayCount, int daysOff, int makeUpWorkingDays) {

	/** The ROC year, e.g. 115 for 2026. */
	public int rocYear() {
		return RocDates.toRocYear(year);
	}

	/** Whether every day of the year was in the file; days missing from a partial year follow the weekend rule. */
	public boolean complete() {
		return dayCount == Year.of(year).length();
	}

	/** A small JSON-friendly map for the audit trail (dates and instant as ISO text). */
	public Map<String, Object> summary() {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("year", year);
		summary.put("sourceName", sourceName);
		summary.put("importedAt", importedAt.toString());
		summary.put("importedBy", importedBy);
		summary.put("firstDay", firstDay.toString());
		summary.put("lastDay", lastDay.toString());
		summary.put("dayCount", dayCount);
		summary.put("daysOff", daysOff);
		summary.put("makeUpWorkingDays", makeUpWorkingDays);
		return summary;
	}

	/** The summary of one year's days, which must be non-empty, in date order and all of that year. */
	static CalendarYear of(int year, List<CalendarDay> days, String sourceName, Instant importedAt, @Nullable String importedBy) {
		int daysOff = (int) days.stream().filter(CalendarDay::dayOff).count();
		int makeUp = (int) days.stream().filter(CalendarDay::makeUpWorkingDay).count();
		return new CalendarYear(year, sourceName, importedAt, importedBy, days.get(0).day(), days.get(days.size() - 1).day(),
				days.size(), daysOff, makeUp);
	}

}
