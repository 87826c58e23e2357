package tw.yankao.shared.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The days of a valid calendar file, in date order, without duplicates.
 */
record CalendarFile(List<CalendarDay> days) {

	CalendarFile {
		days = List.copyOf(days);
	}

	/** The days grouped by Gregorian year, years ascending. */
	SortedMap<Integer, List<CalendarDay>> byYear() {
		SortedMap<Integer, List<CalendarDay>> years = new TreeMap<>();
		for (CalendarDay day : days) {
			years.computeIfAbsent(day.day().getYear(), y -> new ArrayList<>()).add(day);
		}
		years.replaceAll((year, list) -> List.copyOf(list));
		return years;
	}

}
