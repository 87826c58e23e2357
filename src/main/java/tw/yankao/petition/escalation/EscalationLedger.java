package tw.yankao.petition.escalation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The open cases whose deadline comes before a horizon, and the escalations already sent. Recording
 * an escalation is the INSERT … ON CONFLICT DO NOTHING on its (case, level) key, in the transaction
 * that writes its notifications: of two racing runs only one sends, and a failed run leaves no row.
 */
@Repository
class EscalationLedger {

	/** What an escalation needs of a case: no personal data. */
	record OpenCase(long id, String number, String kind, String category, String district, Long agencyId,
			Instant deadline) {
	}

	private final JdbcClient jdbc;

	EscalationLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Open cases not paused (a paused case's deadline is stopped) with a deadline at or before the horizon. */
	List<OpenCase> openDueBy(Instant horizon) {
		return jdbc.sql("""
				select id, number, kind, category, district, agency_id, deadline
				  from petition_case
				 where closed_at is null and status not in ('CLOSED', 'MERGED') and kind <> 'INQUIRY'
				   and paused_since is null and deadline <= :horizon
				 order by deadline, id""")
			.param("horizon", Timestamp.from(horizon))
			.query((rs, row) -> new OpenCase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), (Long) rs.getObject(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/** @return whether this call recorded it, i.e. whether the caller is the one to send it */
	boolean record(long caseId, EscalationLevel level, int recipients, Instant now) {
		return jdbc.sql("""
				insert into petition_escalation (case_id, level, sent_at, recipients)
				values (:case, :level, :now, :recipients)
				on conflict do nothing""")
			.param("case", caseId)
			.param("level", level.name())
			.param("now", Timestamp.from(now))
			.param("recipients", recipients)
			.update() == 1;
	}

}
