package tw.yankao.petition.open311;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.petition.Masking;

/**
 * Reads dispatch cases for the API and keeps the open311_request rows. It reads petition_case
 * directly (the same module) and selects no personal column, so nothing personal can leak
 * into a response by mistake. Text that other channels took down from callers (description,
 * address) is withheld or masked down to the road, as for any viewer not handling the case.
 */
@Repository
class Open311Requests {

	/** A workflow step, for the notes of {@code extensions=true}. */
	record Note(long caseId, String step, String status, Instant at) {
	}

	private static final String SELECT = """
			select c.id, c.number, c.status, c.category, c.channel, c.description, c.agency_id, c.received_at,
			       coalesce((select max(s.at) from petition_case_step s where s.case_id = c.id), c.received_at) as updated_at,
			       c.deadline, c.address, c.district, c.latitude, c.longitude, r.media_url, r.token
			  from petition_case c
			  left join open311_request r on r.case_id = c.id
			 where c.kind = 'DISPATCH'""";

	private final JdbcClient jdbc;

	Open311Requests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long caseId, UUID token, long clientId, String mediaUrl, Instant at) {
		jdbc.sql("""
				insert into open311_request (case_id, token, client_id, media_url, created_at)
				values (:caseId, :token, :clientId, :mediaUrl, :at)
				on conflict (case_id) do nothing""")
			.param("caseId", caseId)
			.param("token", token)
			.param("clientId", clientId)
			.param("mediaUrl", mediaUrl)
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<UUID> tokenOf(long caseId) {
		return jdbc.sql("select token from open311_request where case_id = :caseId").param("caseId", caseId)
			.query(UUID.class).optional();
	}

	Optional<ServiceRequest> byNumber(String number) {
		return jdbc.sql(SELECT + " and c.number = :number").param("number", number).query(Open311Requests::row).optional();
	}

	Optional<ServiceRequest> byToken(UUID token) {
		return jdbc.sql(SELECT + " and r.token = :token").param("token", token).query(Open311Requests::row).optional();
	}

	List<ServiceRequest> find(RequestQuery q) {
		StringBuilder sql = new StringBuilder(SELECT);
		Map<String, Object> params = new HashMap<>();
		if (!q.numbers().isEmpty()) {
			sql.append(" and c.number in (:numbers)");
			params.put("numbers", q.numbers());
		}
		else {
			if (!q.serviceCodes().isEmpty()) {
				sql.append(" and c.category in (:codes)");
				params.put("codes", q.serviceCodes());
			}
			if (q.closed() != null) {
				sql.append(q.closed() ? " and c.status in ('CLOSED', 'MERGED')" : " and c.status not in ('CLOSED', 'MERGED')");
			}
			range(sql, params, "c.received_at", "from", q.from(), "to", q.to());
			if (q.updatedAfter() != null || q.updatedBefore() != null) {
				sql.append(" and exists (select 1 from petition_case_step s where s.case_id = c.id");
				range(sql, params, "s.at", "updatedAfter", q.updatedAfter(), "updatedBefore", q.updatedBefore());
				sql.append(" and s.at = (select max(t.at) from petition_case_step t where t.case_id = c.id))");
			}
		}
		sql.append(" order by c.received_at desc, c.id desc limit :limit offset :offset");
		params.put("limit", q.pageSize());
		params.put("offset", (long) (q.page() - 1) * q.pageSize());
		return jdbc.sql(sql.toString()).params(params).query(Open311Requests::row).list();
	}

	/** The steps of these cases, oldest first, by case. */
	Map<Long, List<Note>> notes(Collection<Long> caseIds) {
		Map<Long, List<Note>> notes = new LinkedHashMap<>();
		if (caseIds.isEmpty()) {
			return notes;
		}
		jdbc.sql("select case_id, step, to_status, at from petition_case_step where case_id in (:ids) order by case_id, at, id")
			.param("ids", caseIds)
			.query((rs, row) -> new Note(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list()
			.forEach(note -> notes.computeIfAbsent(note.caseId(), id -> new java.util.ArrayList<>()).add(note));
		return notes;
	}

	private static void range(StringBuilder sql, Map<String, Object> params, String column, String fromName, Instant from,
			String toName, Instant to) {
		if (from != null) {
			sql.append(" and ").append(column).append(" >= :").append(fromName);
			params.put(fromName, Timestamp.from(from));
		}
		if (to != null) {
			sql.append(" and ").append(column).append(" <= :").append(toName);
			params.put(toName, Timestamp.from(to));
		}
	}

	private static ServiceRequest row(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("status");
		boolean open311 = "OPEN311".equals(rs.getString("channel"));
		return new ServiceRequest(rs.getLong("id"), rs.getString("number"), "CLOSED".equals(status) || "MERGED".equals(status),
				status, rs.getString("category"), rs.getString("channel"), open311 ? rs.getString("description") : null,
				rs.getObject("agency_id", Long.class), rs.getTimestamp("received_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
				open311 ? rs.getString("address") : Masking.address(rs.getString("address")),
				rs.getString("district"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
				rs.getString("media_url"), rs.getObject("token", UUID.class));
	}

}
