package tw.yankao.tracking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.tracking.ReleaseRequest;
import tw.yankao.tracking.ReleaseStatus;

/** Release requests and reopenings of tracked items. */
@Repository
public class ReleaseRequests {

	private static final String COLUMNS = """
			id, item_id, status, reason, requested_by, requested_at, decided_by, decision_reason, decided_at, version""";

	private final JdbcClient jdbc;

	ReleaseRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ReleaseRequest> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from tracking_release_requests where id = ?").param(id)
			.query((rs, n) -> row(rs)).optional();
	}

	public Optional<ReleaseRequest> openOf(long itemId) {
		return jdbc.sql("select " + COLUMNS + " from tracking_release_requests where item_id = ? and status = 'OPEN'")
			.param(itemId).query((rs, n) -> row(rs)).optional();
	}

	/** Every open request, oldest first: only the RDEC, who sees all agencies, decides them. */
	public List<ReleaseRequest> open() {
		return jdbc.sql("select " + COLUMNS + " from tracking_release_requests where status = 'OPEN' order by requested_at, id")
			.query((rs, n) -> row(rs)).list();
	}

	public long countOpen() {
		return jdbc.sql("select count(*) from tracking_release_requests where status = 'OPEN'").query(Long.class).single();
	}

	public List<ReleaseRequest> ofItem(long itemId) {
		return jdbc.sql("select " + COLUMNS + " from tracking_release_requests where item_id = ? order by requested_at desc, id desc")
			.param(itemId).query((rs, n) -> row(rs)).list();
	}

	public long insert(long itemId, ReleaseStatus status, String reason, String by, Instant now) {
		return jdbc.sql("""
				insert into tracking_release_requests (item_id, status, reason, requested_by, requested_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(itemId, status.name(), reason, by, Timestamp.from(now)).query(Long.class).single();
	}

	/** @return false when the request is no longer open at {@code version} */
	public boolean decide(long id, int version, ReleaseStatus status, String reason, String by, Instant now) {
		return jdbc.sql("""
				update tracking_release_requests
				   set status = ?, decision_reason = ?, decided_by = ?, decided_at = ?, version = version + 1
				 where id = ? and version = ? and status = 'OPEN'""")
			.params(status.name(), reason, by, Timestamp.from(now), id, version).update() == 1;
	}

	private static ReleaseRequest row(ResultSet rs) throws SQLException {
		return new ReleaseRequest(rs.getLong("id"), rs.getLong("item_id"), ReleaseStatus.valueOf(rs.getString("status")),
				rs.getString("reason"), rs.getString("requested_by"), instant(rs.getTimestamp("requested_at")),
				rs.getString("decided_by"), rs.getString("decision_reason"), instant(rs.getTimestamp("decided_at")),
				rs.getInt("version"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
