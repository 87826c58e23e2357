package tw.yankao.plan;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period an indicator's achievement is reported for: a quarter, a half year or the whole of a
 * ROC year. Written as {@code 107}, {@code 107-H1} or {@code 107-Q3} ({@link #code()}).
 *
 * @param rocYear the ROC year, 1–999
 * @param kind quarter, half year or year
 * @param number 1–4 for a quarter, 1–2 for a half year, 1 for a year
 */
public record ReportingPeriod(int rocYear, Kind kind, int number) {

	/** How long a period is. */
	public enum Kind {
		QUARTER(3), HALF_YEAR(6), YEAR(12);

		private final int months;

		Kind(int months) {
			this.months = months;
		}

		/** How many periods of this kind a year holds. */
		public int perYear() {
			return 12 / months;
		}
	}

	private static final Pattern CODE = Pattern.compile("(\\d{1,3})(?:-([QH])([1-4]))?");
	private static final int ROC_OFFSET = 1911;

	public ReportingPeriod {
		if (rocYear < 1 || rocYear > 999) {
			throw new IllegalArgumentException("ROC year out of range: " + rocYear);
		}
		if (kind == null || number < 1 || number > kind.perYear()) {
			throw new IllegalArgumentException("no period " + kind + " " + number);
		}
	}

	public static ReportingPeriod year(int rocYear) {
		return new ReportingPeriod(rocYear, Kind.YEAR, 1);
	}

	/** Every period of the year: the year, its halves, its quarters. */
	public static java.util.List<ReportingPeriod> allOf(int rocYear) {
		java.util.List<ReportingPeriod> periods = new java.util.ArrayList<>();
		for (Kind kind : new Kind[] { Kind.YEAR, Kind.HALF_YEAR, Kind.QUARTER }) {
			for (int number = 1; number <= kind.perYear(); number++) {
				periods.add(new ReportingPeriod(rocYear, kind, number));
			}
		}
		return periods;
	}

	/**
	 * Reads a {@link #code()}; throws {@link IllegalArgumentException} for anything else.
	 */
	public static ReportingPeriod parse(String code) {
		Matcher m = CODE.matcher(code == null ? "" : code.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("not a reporting period: " + code);
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) == null) {
			return year(year);
		}
		Kind kind = m.group(2).equals("Q") ? Kind.QUARTER : Kind.HALF_YEAR;
		return new ReportingPeriod(year, kind, Integer.parseInt(m.group(3)));
	}

	/** {@code 107}, {@code 107-H1} or {@code 107-Q3}. */
	public String code() {
		return switch (kind) {
			case YEAR -> String.valueOf(rocYear);
			case HALF_YEAR -> rocYear + "-H" + number;
			case QUARTER -> rocYear + "-Q" + number;
		};
	}

	/** The first day (Gregorian). */
	public LocalDate start() {
		return LocalDate.of(rocYear + ROC_OFFSET, 1 + (number - 1) * 12 / kind.perYear(), 1);
	}

	/** The last day (Gregorian), inclusive. */
	public LocalDate end() {
		return start().plusMonths(12 / kind.perYear()).minusDays(1);
	}

	@Override
	public String toString() {
		return code();
	}

}
