package tw.yankao.tracking.reminders;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The items a reminder is about, and the reminders already sent. Recording a reminder is the
 * INSERT … ON CONFLICT DO NOTHING on its (rule, item, month) key: of two runs racing, only the one
 * whose insert went in sends, and since the row commits with the notifications, a run that fails
 * leaves no row and the next run sends.
 */
@Repository
class ReminderLedger {

	/** A tracked item with no progress report for the month. */
	record MissingReport(long itemId, String number, String title, long ownerAgencyId) {
	}

	private final JdbcClient jdbc;

	ReminderLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Items still tracked and started by the month's end with no report for the month; as in the execution rate. */
	List<MissingReport> missingReports(YearMonth period) {
		return jdbc.sql("""
				select i.id, i.item_number, i.title, i.owner_agency_id
				  from tracking_items i
				 where i.status = 'TRACKED' and i.start_date <= :monthEnd
				   and not exists (select 1 from tracking_progress_reports r where r.item_id = i.id and r.month = :month)
				 order by i.id""")
			.param("month", Date.valueOf(period.atDay(1)))
			.param("monthEnd", Date.valueOf(period.atEndOfMonth()))
			.query((rs, row) -> new MissingReport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/** How many items of the agencies are missing the month's report. */
	long countMissing(YearMonth period, Collection<Long> agencies) {
		return jdbc.sql("""
				select count(*)
				  from tracking_items i
				 where i.status = 'TRACKED' and i.start_date <= :monthEnd and i.owner_agency_id = any(:agencies)
				   and not exists (select 1 from tracking_progress_reports r where r.item_id = i.id and r.month = :month)""")
			.param("month", Date.valueOf(period.atDay(1)))
			.param("monthEnd", Date.valueOf(period.atEndOfMonth()))
			.param("agencies", agencies.toArray(Long[]::new))
			.query(Long.class)
			.single();
	}

	/** @return whether this call recorded it, i.e. whether the caller is the one to send it */
	boolean record(String ruleCode, long itemId, YearMonth period, int recipients, Instant now) {
		return jdbc.sql("""
				insert into tracking_reminders_sent (rule_code, item_id, period, sent_at, recipients)
				values (:rule, :item, :period, :now, :recipients)
				on conflict do nothing""")
			.param("rule", ruleCode)
			.param("item", itemId)
			.param("period", Date.valueOf(period.atDay(1)))
			.param("now", Timestamp.from(now))
			.param("recipients", recipients)
			.update() == 1;
	}

}
