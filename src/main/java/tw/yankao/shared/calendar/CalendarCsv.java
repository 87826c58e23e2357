package tw.yankao.shared.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tw.yankao.shared.csv.CsvFile;
import tw.yankao.shared.time.RocDates;

/**
 * Reads the government working-day calendar CSV (行政院人事行政總處, data.gov.tw dataset 14718):
 * header {@code 西元日期,星期,是否放假,備註}, one row per day, date {@code YYYYMMDD}, weekday
 * 一…日, flag {@code 0} working day / {@code 2} day off. Columns are found by their header name;
 * rows are validated completely and every problem (up to 50) is reported with its line and column.
 */
final class CalendarCsv {

	static final String DATE = "西元日期";

	static final String WEEKDAY = "星期";

	static final String FLAG = "是否放假";

	static final String NOTE = "備註";

	/** Far above a multi-year file (about 10 KB a year); guards memory against a wrong upload. */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_NOTE_LENGTH = 200;

	private static final String WEEKDAYS = "一二三四五六日";

	private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

	private CalendarCsv() {
	}

	/**
	 * @throws CalendarFileException listing every problem when the file is not a valid calendar
	 */
	static CalendarFile parse(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw CalendarFileErrors.single(0, null, "超過 " + MAX_BYTES / 1024 + " KB", "larger than " + MAX_BYTES / 1024 + " KB");
		}
		// Windows-950: the files come from government Windows desktops (see CsvFile.WINDOWS_950).
		CsvFile file = CsvFile.read(content, CsvFile.WINDOWS_950);
		if (file.unclosedQuoteLine().isPresent()) {
			throw CalendarFileErrors.single(file.unclosedQuoteLine().getAsInt(), null, "引號未結束", "quote is not closed");
		}
		if (file.headerLine() == 0) {
			throw CalendarFileErrors.single(0, null, "沒有任何資料", "has no rows");
		}
		CalendarColumns columns = CalendarColumns.of(file);
		CalendarFileErrors errors = new CalendarFileErrors();
		List<CalendarDay> days = readDays(file.rows(), columns, errors);
		errors.throwIfAny();
		if (days.isEmpty()) {
			throw CalendarFileErrors.single(0, null, "在標題列之後沒有任何日期資料", "has no day rows after the header");
		}
		days.sort(Comparator.comparing(CalendarDay::day));
		return new CalendarFile(days);
	}

	private static List<CalendarDay> readDays(List<CsvFile.Row> rows, CalendarColumns columns, CalendarFileErrors errors) {
		List<CalendarDay> days = new ArrayList<>();
		Map<LocalDate, Integer> lineOfDay = new HashMap<>();
		for (CsvFile.Row row : rows) {
			CalendarDay day = readRow(row, columns, errors);
			if (day == null) {
				continue;
			}
			Integer earlier = lineOfDay.putIfAbsent(day.day(), row.line());
			if (earlier != null) {
				errors.add(row.line(), DATE, "與第 " + earlier + " 列重複（" + day.day() + "）",
						"duplicates line " + earlier + " (" + day.day() + ")");
			}
			else {
				days.add(day);
			}
		}
		return days;
	}

	private static @Nullable CalendarDay readRow(CsvFile.Row row, CalendarColumns columns, CalendarFileErrors errors) {
		if (row.fields().size() < columns.requiredWidth()) {
			errors.add(row.line(), null, "欄位數不足：需要 " + columns.requiredWidth() + " 欄，只有 " + row.fields().size() + " 欄",
					"expected " + columns.requiredWidth() + " fields, found " + row.fields().size());
			return null;
		}
		int problemsBefore = errors.total();
		LocalDate date = readDate(row.line(), columns.value(row, DATE), errors);
		DayOfWeek weekday = readWeekday(row.line(), columns.value(row, WEEKDAY), errors);
		Boolean dayOff = readFlag(row.line(), columns.value(row, FLAG), errors);
		String note = readNote(row.line(), columns.value(row, NOTE), errors);
		if (date != null && weekday != null && weekday != date.getDayOfWeek()) {
			reportWrongWeekday(row.line(), columns.value(row, WEEKDAY), date, errors);
		}
		if (errors.total() > problemsBefore || date == null || dayOff == null) {
			return null;
		}
		return new CalendarDay(date, dayOff, note);
	}

	private static void reportWrongWeekday(int line, String value, LocalDate date, CalendarFileErrors errors) {
		String actual = String.valueOf(WEEKDAYS.charAt(date.getDayOfWeek().getValue() - 1));
		String english = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		errors.add(line, WEEKDAY, "是「" + value + "」，但 " + date + " 是星期" + actual,
				"says " + value + " but " + date + " is a " + english + " (" + actual + ")");
	}

	private static @Nullable LocalDate readDate(int line, String value, CalendarFileErrors errors) {
		if (!EIGHT_DIGITS.matcher(value).matches()) {
			errors.add(line, DATE, "必須是 8 位數字 YYYYMMDD，卻是「" + value + "」", "must be 8 digits YYYYMMDD, got \"" + value + "\"");
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
					Integer.parseInt(value.substring(6)));
		}
		catch (DateTimeException ex) {
			errors.add(line, DATE, "「" + value + "」不是有效的日期", "\"" + value + "\" is not a valid date");
			return null;
		}
		if (date.isBefore(RocDates.FIRST_DAY)) {
			errors.add(line, DATE, "「" + value + "」早於民國元年", "\"" + value + "\" is before 1912-01-01 (ROC year 1)");
			return null;
		}
		return date;
	}

	private static @Nullable DayOfWeek readWeekday(int line, String value, CalendarFileErrors errors) {
		// Some exports write 星期一 or 週一 instead of the bare character.
		String bare = value.replaceFirst("^(星期|週|周)", "");
		int index = bare.length() == 1 ? WEEKDAYS.indexOf(bare.charAt(0)) : -1;
		if (index < 0) {
			errors.add(line, WEEKDAY, "必須是 一、二、三、四、五、六 或 日，卻是「" + value + "」",
					"must be one of 一 二 三 四 五 六 日, got \"" + value + "\"");
			return null;
		}
		return DayOfWeek.of(index + 1);
	}

	private static @Nullable Boolean readFlag(int line, String value, CalendarFileErrors errors) {
		return switch (value) {
			case "0" -> false;
			case "2" -> true;
			default -> {
				errors.add(line, FLAG, "必須是 0 或 2", "must be 0 or 2");
				yield null;
			}
		};
	}

	private static @Nullable String readNote(int line, String value, CalendarFileErrors errors) {
		if (value.length() > MAX_NOTE_LENGTH) {
			errors.add(line, NOTE, "不可超過 " + MAX_NOTE_LENGTH + " 字", "must not exceed " + MAX_NOTE_LENGTH + " characters");
			return null;
		}
		return value.isEmpty() ? null : value;
	}

}
