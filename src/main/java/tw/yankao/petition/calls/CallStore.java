package tw.yankao.petition.calls;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The stored call records. Writes go through PostgreSQL's COPY into a temporary table and one
 * insert from it that skips known call ids: a day of the 1999 line is thousands of calls, and
 * row-by-row inserts would take minutes for a month.
 */
@Repository
class CallStore {

	private final DataSource dataSource;
	private final JdbcClient jdbc;

	CallStore(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** Inserts the calls whose id is not stored yet; call inside a transaction. @return how many were new */
	int insertNew(List<CallRecord> calls) {
		jdbc.sql("""
				create temporary table if not exists petition_call_incoming
				(like petition_call including defaults) on commit delete rows""").update();
		jdbc.sql("truncate petition_call_incoming").update();
		copy(calls);
		return jdbc.sql("""
				insert into petition_call (call_id, queue, started_at, answered_at, ended_at, agent, abandoned)
				select call_id, queue, started_at, answered_at, ended_at, agent, abandoned
				from petition_call_incoming
				on conflict (call_id) do nothing""").update();
	}

	private void copy(List<CallRecord> calls) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					copy petition_call_incoming (call_id, queue, started_at, answered_at, ended_at, agent, abandoned)
					from stdin (format csv)""", new StringReader(csv(calls)));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("could not copy call records into the database", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static String csv(List<CallRecord> calls) {
		StringBuilder out = new StringBuilder(calls.size() * 96);
		for (CallRecord c : calls) {
			quoted(out, c.callId()).append(',');
			quoted(out, c.queue()).append(',');
			time(out, c.startedAt()).append(',');
			time(out, c.answeredAt()).append(',');
			time(out, c.endedAt()).append(',');
			if (c.agent() != null) {
				quoted(out, c.agent());
			}
			out.append(',').append(c.abandoned()).append('\n');
		}
		return out.toString();
	}

	private static StringBuilder quoted(StringBuilder out, String text) {
		return out.append('"').append(text.replace("\"", "\"\"")).append('"');
	}

	private static StringBuilder time(StringBuilder out, LocalDateTime time) {
		return time == null ? out : out.append(time);
	}

}
