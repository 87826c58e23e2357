package tw.yankao.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * The {@code #roc} object of Thymeleaf templates, so that no template formats a date by hand:
 * {@code ${#roc.date(d)}}, {@code ${#roc.shortDate(d)}}, {@code ${#roc.dateTime(t)}}, {@code ${#roc.year(d)}}, {@code ${#roc.month(m)}}.
 * Every method returns the empty string for null, so optional fields need no {@code th:if}.
 * A date argument may be a {@link LocalDate} or a date-time (its day in {@link RocDates#ZONE}).
 */
public final class RocExpressions {

	/** Long ROC date, e.g. {@code 114年11月24日}; empty for null. */
	public String date(@Nullable Object date) {
		return date == null ? "" : RocDates.format(toLocalDate(date));
	}

	/** Short ROC date, e.g. {@code 114/11/24}; empty for null. */
	public String shortDate(@Nullable Object date) {
		return date == null ? "" : RocDates.formatShort(toLocalDate(date));
	}

	/**
	 * ROC date and time in {@link RocDates#ZONE}, e.g. {@code 114/11/24 14:05}; empty for null.
	 * Accepts {@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime} and {@link LocalDateTime}
	 * (taken as already in Taipei time).
	 */
	public String dateTime(@Nullable Object dateTime) {
		if (dateTime == null) {
			return "";
		}
		if (dateTime instanceof Instant instant) {
			return RocDates.formatDateTime(instant);
		}
		if (dateTime instanceof OffsetDateTime offset) {
			return RocDates.formatDateTime(offset);
		}
		if (dateTime instanceof ZonedDateTime zoned) {
			return RocDates.formatDateTime(zoned);
		}
		if (dateTime instanceof LocalDateTime local) {
			return RocDates.formatDateTime(local);
		}
		throw unsupported(dateTime);
	}

	/** A month, e.g. {@code 114年11月}: a {@link YearMonth} or any date the other methods take; empty for null. */
	public String month(@Nullable Object month) {
		if (month == null) {
			return "";
		}
		return RocDates.formatMonth(month instanceof YearMonth ym ? ym : YearMonth.from(toLocalDate(month)));
	}

	/** The ROC year number, e.g. {@code 114}; empty for null. */
	public String year(@Nullable Object date) {
		return date == null ? "" : String.valueOf(RocDates.rocYear(toLocalDate(date)));
	}

	private static LocalDate toLocalDate(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof Instant instant) {
			return instant.atZone(RocDates.ZONE).toLocalDate();
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(RocDates.ZONE).toLocalDate();
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(RocDates.ZONE).toLocalDate();
		}
		if (value instanceof LocalDateTime local) {
			return local.toLocalDate();
		}
		throw unsupported(value);
	}

	private static IllegalArgumentException unsupported(Object value) {
		return new IllegalArgumentException("#roc cannot format a " + value.getClass().getName() + ": " + value);
	}

}
