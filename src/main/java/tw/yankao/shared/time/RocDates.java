package tw.yankao.shared.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.MinguoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROC (民國) dates as Taiwanese government documents write them. ROC year = Gregorian year − 1911;
 * everything here is about dates from 民國 1 年 (1912-01-01) on, earlier dates are rejected.
 * All methods take non-null arguments; {@link RocExpressions} is the null-tolerant view for templates.
 */
public final class RocDates {

	/** The zone in which instants are shown and "today" is decided. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

	/** The first day of the ROC calendar, 民國 1 年 1 月 1 日. */
	public static final LocalDate FIRST_DAY = LocalDate.of(1912, 1, 1);

	/** The accepted input forms, for messages. */
	public static final String ACCEPTED_FORMS = "114年11月24日, 114/11/24, 114/1/5, 1141124 (YYYMMDD), 2025-11-24";

	private static final int OFFSET = 1911;

	private static final DateTimeFormatter LONG = minguo("y年M月d日");

	private static final DateTimeFormatter SHORT = minguo("y/MM/dd");

	private static final DateTimeFormatter COMPACT = minguo("yyyMMdd");

	private static final DateTimeFormatter DATE_TIME = minguo("y/MM/dd HH:mm");

	// Year 1-3 digits so that "2025/11/24" is refused instead of read as ROC year 2025.
	private static final Pattern LONG_INPUT = Pattern.compile("(?:中華)?(?:民國)?\\s*(\\d{1,3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

	private static final Pattern SHORT_INPUT = Pattern.compile("(\\d{1,3})/(\\d{1,2})/(\\d{1,2})");

	private static final Pattern COMPACT_INPUT = Pattern.compile("(\\d{3})(\\d{2})(\\d{2})");

	private static final Pattern ISO_INPUT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private RocDates() {
	}

	/** The long form, e.g. {@code 114年11月24日} (month and day not padded: {@code 114年1月5日}). */
	public static String format(LocalDate date) {
		return LONG.format(checked(date));
	}

	/** The short form, e.g. {@code 114/11/24}; month and day padded to two digits, the year not ({@code 99/12/31}). */
	public static String formatShort(LocalDate date) {
		return SHORT.format(checked(date));
	}

	/** A month in the long form, e.g. {@code 114年11月}. */
	public static String formatMonth(YearMonth month) {
		return toRocYear(month.getYear()) + "年" + month.getMonthValue() + "月";
	}

	/** The 7-digit form YYYMMDD some systems store, e.g. {@code 1141124}, {@code 0991231}. */
	public static String formatCompact(LocalDate date) {
		return COMPACT.format(checked(date));
	}

	/** An instant as ROC date and time in {@link #ZONE}, e.g. {@code 114/11/24 14:05}. */
	public static String formatDateTime(Instant instant) {
		return formatDateTime(instant.atZone(ZONE).toLocalDateTime());
	}

	/** An offset date-time converted to {@link #ZONE}, e.g. {@code 114/11/24 14:05}. */
	public static String formatDateTime(OffsetDateTime dateTime) {
		return formatDateTime(dateTime.atZoneSameInstant(ZONE).toLocalDateTime());
	}

	/** A zoned date-time converted to {@link #ZONE}, e.g. {@code 114/11/24 14:05}. */
	public static String formatDateTime(ZonedDateTime dateTime) {
		return formatDateTime(dateTime.withZoneSameInstant(ZONE).toLocalDateTime());
	}

	/** A local date-time taken as already in {@link #ZONE}, e.g. {@code 114/11/24 14:05}. */
	public static String formatDateTime(LocalDateTime dateTime) {
		checked(dateTime.toLocalDate());
		return DATE_TIME.format(dateTime);
	}

	/** The ROC year of a date, e.g. 114 for any day of 2025. */
	public static int rocYear(LocalDate date) {
		return checked(date).getYear() - OFFSET;
	}

	/** The ROC year of a Gregorian year, e.g. 2025 → 114. */
	public static int toRocYear(int gregorianYear) {
		return gregorianYear - OFFSET;
	}

	/** The Gregorian year of an ROC year, e.g. 114 → 2025. */
	public static int toGregorianYear(int rocYear) {
		return rocYear + OFFSET;
	}

	/** Today in {@link #ZONE}. */
	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	/**
	 * Reads a date written in any of {@link #ACCEPTED_FORMS}; surrounding blanks are ignored and
	 * the long form may start with 民國 or 中華民國.
	 * @throws IllegalArgumentException naming the input and the accepted forms when it is none of
	 *         them, or when it names no real day (e.g. 114/02/29) or a day before 民國 1 年
	 */
	public static LocalDate parse(String text) {
		Objects.requireNonNull(text, "text");
		String input = text.strip();
		for (Pattern pattern : new Pattern[] { LONG_INPUT, SHORT_INPUT, COMPACT_INPUT }) {
			Matcher m = pattern.matcher(input);
			if (m.matches()) {
				return ofRoc(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			}
		}
		if (ISO_INPUT.matcher(input).matches()) {
			try {
				return checked(text, LocalDate.parse(input));
			}
			catch (DateTimeParseException ex) {
				throw noSuchDay(text);
			}
		}
		throw new IllegalArgumentException("無法解讀日期「" + text + "」(cannot read date \"" + text + "\"); accepted forms: " + ACCEPTED_FORMS);
	}

	private static LocalDate ofRoc(String text, int rocYear, int month, int day) {
		if (rocYear < 1) {
			throw beforeFirstDay(text);
		}
		try {
			return LocalDate.from(MinguoChronology.INSTANCE.date(rocYear, month, day));
		}
		catch (DateTimeException ex) {
			throw noSuchDay(text);
		}
	}

	private static IllegalArgumentException noSuchDay(String text) {
		return new IllegalArgumentException("日期「" + text + "」不存在 (no such date: \"" + text + "\"); accepted forms: " + ACCEPTED_FORMS);
	}

	private static IllegalArgumentException beforeFirstDay(String text) {
		return new IllegalArgumentException("日期「" + text + "」早於民國元年 (date \"" + text + "\" is before ROC year 1, 1912-01-01)");
	}

	private static LocalDate checked(String text, LocalDate date) {
		if (date.isBefore(FIRST_DAY)) {
			throw beforeFirstDay(text);
		}
		return date;
	}

	private static LocalDate checked(LocalDate date) {
		if (date.isBefore(FIRST_DAY)) {
			throw new IllegalArgumentException(date + " is before 民國 1 年 (1912-01-01) and has no ROC date");
		}
		return date;
	}

	private static DateTimeFormatter minguo(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withChronology(MinguoChronology.INSTANCE);
	}

}
