package tw.yankao.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.RowMapper;

import tw.yankao.audit.AuditEntry;

/** The columns of {@code audit_entry} and how a row becomes an {@link AuditEntry}. */
final class AuditEntryRows {

	static final String COLUMNS = "id, recorded_at, actor, agency_id, entity, entity_id, action, "
		+ "before_json, after_json, request_id, previous_hash, hash";

	static final RowMapper<AuditEntry> MAPPER = AuditEntryRows::map;

	private AuditEntryRows() {
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
			rs.getString("actor"), rs.getObject("agency_id", Long.class), rs.getString("entity"),
			rs.getString("entity_id"), rs.getString("action"), rs.getString("before_json"),
			rs.getString("after_json"), rs.getString("request_id"), rs.getString("previous_hash"),
			rs.getString("hash"));
	}

}
