package tw.yankao.notify.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.notify.MailStatus;

/**
 * Every e-mail, by recipient user id and status. Addresses are never stored: they are looked up
 * when sending, so that the table holds no personal data.
 */
@Repository
public class MailOutbox {

	/** An e-mail claimed for sending. */
	public record Claimed(long id, long notificationId, long userId) {
	}

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues an e-mail to be sent after the caller's commit. */
	public long add(long notificationId, long userId, Instant now) {
		return insert(notificationId, userId, MailStatus.PENDING, null, now);
	}

	/** Records an e-mail that will not be sent, e.g. for want of an SMTP host. */
	public long skip(long notificationId, long userId, String reason, Instant now) {
		return insert(notificationId, userId, MailStatus.SKIPPED, reason, now);
	}

	private long insert(long notificationId, long userId, MailStatus status, String reason, Instant now) {
		return jdbc.sql("""
				insert into notify_mail_outbox (notification_id, user_id, status, reason, created_at, finished_at)
				values (:notification, :user, :status, :reason, :now, cast(:finished as timestamptz))
				returning id""")
			.param("notification", notificationId)
			.param("user", userId)
			.param("status", status.name())
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.param("finished", status == MailStatus.PENDING ? null : Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/**
	 * Moves a pending e-mail to SENDING; one instance wins, so each e-mail goes out once even
	 * when two instances deliver at the same time.
	 */
	public Optional<Claimed> claim(long id) {
		return jdbc.sql("""
				update notify_mail_outbox set status = 'SENDING'
				 where id = :id and status = 'PENDING'
				returning id, notification_id, user_id""")
			.param("id", id)
			.query((rs, row) -> new Claimed(rs.getLong("id"), rs.getLong("notification_id"), rs.getLong("user_id")))
			.optional();
	}

	/** @param reason why it was skipped or failed, never personal data; null when sent */
	public void finish(long id, MailStatus status, String reason, Instant now) {
		jdbc.sql("update notify_mail_outbox set status = :status, reason = :reason, finished_at = :now where id = :id")
			.param("id", id)
			.param("status", status.name())
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.update();
	}

}
