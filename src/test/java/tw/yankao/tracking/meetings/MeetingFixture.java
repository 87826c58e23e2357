package tw.yankao.tracking.meetings;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tracked items and reports of 1987, before any other test's or demo item, written straight to
 * the tables so that a test sets every field (lag class, coordination) as it wants. Everything is
 * removed after each test: items still tracked would otherwise count in every later month's
 * execution rate, other tests' included.
 */
public final class MeetingFixture {

	public static final YearMonth MONTH = YearMonth.of(1987, 6);

	private final JdbcClient jdbc;

	public MeetingFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long item(String number, String title, long agencyId) {
		return jdbc.sql("""
				insert into tracking_items (item_type, item_number, title, owner_agency_id, control_level,
				    responsible_people, start_date, end_date, status, updated_at)
				values ('TENDER', ?, ?, ?, 'CITY', '王小明', '1987-01-01', '1987-12-31', 'TRACKED', now()) returning id""")
			.params(number, title, agencyId).query(Long.class).single();
	}

	public void report(long itemId, YearMonth month, int planned, int actual, String lagClass, String problems,
			String countermeasures, boolean coordination) {
		jdbc.sql("""
				insert into tracking_progress_reports (item_id, month, actual_percent, planned_percent, lag_points,
				    lag_class, problems, countermeasures, needs_coordination, submitted_at, late)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)""")
			.params(itemId, Date.valueOf(month.atDay(1)), actual, planned, BigDecimal.valueOf(actual - planned), lagClass,
					problems, countermeasures, coordination, Timestamp.from(Instant.now()))
			.update();
	}

	/** The meetings of 1987–1988, their decisions and items, and the fixture's items. */
	public void removeAll() {
		jdbc.sql("""
				delete from tracking_meeting_decisions
				 where meeting_id in (select id from tracking_meetings where month < '1989-01-01')""").update();
		jdbc.sql("delete from tracking_meetings where month < '1989-01-01'").update();
		jdbc.sql("delete from tracking_items where (item_number like 'MTG-%' or item_number like 'MTGT-%') and start_date < '1989-01-01'")
			.update();
	}

}
