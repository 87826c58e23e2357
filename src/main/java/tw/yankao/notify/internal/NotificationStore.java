package tw.yankao.notify.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.notify.Notice;
import tw.yankao.notify.Notification;

/** The in-app notifications, one row per recipient. */
@Repository
public class NotificationStore {

	private static final String SELECT = """
			select id, user_id, kind, subject_key, body_key, arguments, link, created_at, read_at
			  from notify_notifications""";

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long userId, Notice notice, Instant now) {
		return jdbc.sql("""
				insert into notify_notifications (user_id, kind, subject_key, body_key, arguments, link, created_at)
				values (:user, :kind, :subject, :body, :arguments, :link, :now)
				returning id""")
			.param("user", userId)
			.param("kind", notice.kind())
			.param("subject", notice.subjectKey())
			.param("body", notice.bodyKey())
			.param("arguments", notice.arguments().toArray(String[]::new))
			.param("link", notice.link())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	public List<Notification> ofUser(long userId, int limit) {
		return jdbc.sql(SELECT + " where user_id = :user order by created_at desc, id desc limit :limit")
			.param("user", userId)
			.param("limit", limit)
			.query(NotificationStore::map)
			.list();
	}

	public Optional<Notification> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(NotificationStore::map).optional();
	}

	public long unreadCount(long userId, String kind) {
		return jdbc.sql("""
				select count(*) from notify_notifications
				 where user_id = :user and read_at is null and (cast(:kind as varchar) is null or kind = :kind)""")
			.param("user", userId)
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	/** Marks the user's notification read; false when it is not theirs or does not exist. */
	public boolean markRead(long userId, long id, Instant now) {
		return jdbc.sql("""
				update notify_notifications set read_at = coalesce(read_at, :now)
				 where id = :id and user_id = :user""")
			.param("id", id)
			.param("user", userId)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public int markAllRead(long userId, Instant now) {
		return jdbc.sql("update notify_notifications set read_at = :now where user_id = :user and read_at is null")
			.param("user", userId)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static Notification map(ResultSet rs, int row) throws SQLException {
		Array arguments = rs.getArray("arguments");
		Timestamp readAt = rs.getTimestamp("read_at");
		return new Notification(rs.getLong("id"), rs.getLong("user_id"), rs.getString("kind"), rs.getString("subject_key"),
				rs.getString("body_key"), Arrays.asList((String[]) arguments.getArray()), rs.getString("link"),
				rs.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant());
	}

}
