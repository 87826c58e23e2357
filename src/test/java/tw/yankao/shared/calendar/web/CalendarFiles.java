package tw.yankao.shared.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/** Synthetic calendar files for the web tests; every holiday is invented (notes start with 測試). */
final class CalendarFiles {

	static final String HEADER = "西元日期,星期,是否放假,備註\n";

	private static final String WEEKDAYS = "一二三四五六日";

	private CalendarFiles() {
	}

	/** A whole year: weekends off, plus the given days off (date to note), minus the make-up working days (date to note). */
	static byte[] year(int year, Map<LocalDate, String> daysOff, Map<LocalDate, String> makeUpDays) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			boolean off = daysOff.containsKey(day) || (weekend && !makeUpDays.containsKey(day));
			String note = daysOff.getOrDefault(day, makeUpDays.getOrDefault(day, ""));
			csv.append(row(day, off ? "2" : "0", note));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String row(LocalDate day, String flag, String note) {
		return "%d%02d%02d,%s,%s,%s\n".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), weekday(day), flag, note);
	}

	static String weekday(LocalDate day) {
		return String.valueOf(WEEKDAYS.charAt(day.getDayOfWeek().getValue() - 1));
	}

}
