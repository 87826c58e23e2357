package tw.yankao.petition.portal;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Messages to citizens, recorded in {@code portal_outbox} with their delivery status. */
@Component
class PortalOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	PortalOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long record(String channel, String recipient, String body, String status, String reason) {
		return jdbc.sql("""
				insert into portal_outbox (channel, recipient, body, status, reason, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(channel, recipient, body, status, reason, Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	void finish(long id, String status, String reason) {
		jdbc.sql("update portal_outbox set status = ?, reason = ?, sent_at = ? where id = ?")
			.params(status, reason, Timestamp.from(clock.instant()), id)
			.update();
	}

}
