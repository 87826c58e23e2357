package tw.yankao.shared.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code calendar_year} and {@code calendar_day}.
 */
@Repository
class CalendarRepository {

	private static final String YEAR_COLUMNS = "year, source_name, imported_at, imported_by, first_day, last_day, day_count, days_off, make_up_working_days";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	CalendarRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Makes concurrent imports wait for each other until the end of the transaction, so that each
	 * reads the "before" state the previous one left; readers are not blocked.
	 */
	void lockForImport() {
		jdbc.sql("lock table calendar_year in share row exclusive mode").update();
	}

	Optional<CalendarYear> findYear(int year) {
		return jdbc.sql("select " + YEAR_COLUMNS + " from calendar_year where year = :year")
			.param("year", year)
			.query(CalendarRepository::year)
			.optional();
	}

	List<CalendarYear> findYears() {
		return jdbc.sql("select " + YEAR_COLUMNS + " from calendar_year order by year").query(CalendarRepository::year).list();
	}

	/** The year as stored, or the weekend rule alone when it was never imported. */
	CalendarYearDays loadYear(int year) {
		if (findYear(year).isEmpty()) {
			return CalendarYearDays.fallback(year);
		}
		return CalendarYearDays.imported(year, findDays(year));
	}

	/** The stored days of the Gregorian year in date order; empty when it was never imported. */
	List<CalendarDay> findDays(int year) {
		return jdbc.sql("select day, day_off, note from calendar_day where day >= :first and day < :next order by day")
			.param("first", LocalDate.of(year, 1, 1))
			.param("next", LocalDate.of(year + 1, 1, 1))
			.query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class), rs.getBoolean("day_off"), rs.getString("note")))
			.list();
	}

	/** Replaces the year's summary and all its days with the given ones. */
	void replaceYear(CalendarYear year, List<CalendarDay> days) {
		jdbc.sql("delete from calendar_day where day >= :first and day < :next")
			.param("first", LocalDate.of(year.year(), 1, 1))
			.param("next", LocalDate.of(year.year() + 1, 1, 1))
			.update();
		jdbc.sql("""
				insert into calendar_year (%s)
				values (:year, :sourceName, :importedAt, :importedBy, :firstDay, :lastDay, :dayCount, :daysOff, :makeUp)
				on conflict (year) do update set source_name = excluded.source_name, imported_at = excluded.imported_at,
					imported_by = excluded.imported_by, first_day = excluded.first_day, last_day = excluded.last_day,
					day_count = excluded.day_count, days_off = excluded.days_off, make_up_working_days = excluded.make_up_working_days
				""".formatted(YEAR_COLUMNS))
			.param("year", year.year())
			.param("sourceName", year.sourceName())
			.param("importedAt", year.importedAt().atOffset(ZoneOffset.UTC))
			.param("importedBy", year.importedBy())
			.param("firstDay", year.firstDay())
			.param("lastDay", year.lastDay())
			.param("dayCount", year.dayCount())
			.param("daysOff", year.daysOff())
			.param("makeUp", year.makeUpWorkingDays())
			.update();
		// JdbcClient has no batch API; one round trip per day would cost a year 366 of them.
		batch.batchUpdate("insert into calendar_day (day, day_off, note) values (?, ?, ?)",
				days.stream().map(d -> new Object[] { d.day(), d.dayOff(), d.note() }).toList());
	}

	private static CalendarYear year(ResultSet rs, int rowNum) throws SQLException {
		return new CalendarYear(rs.getInt("year"), rs.getString("source_name"), rs.getObject("imported_at", OffsetDateTime.class).toInstant(),
				rs.getString("imported_by"), rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
				rs.getInt("day_count"), rs.getInt("days_off"), rs.getInt("make_up_working_days"));
	}

}
