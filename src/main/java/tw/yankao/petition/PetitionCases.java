package tw.yankao.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The petition_case rows. */
@Repository
class PetitionCases {

	private static final String COLUMNS = """
			select id, number, kind, channel, category, description, address, district, latitude, longitude,
			       anonymous, petitioner_name, petitioner_phone, petitioner_email, petitioner_address,
			       reply_channel, language, received_at, deadline, status, agency_id, closed_at, paused_since,
			       extension_count, extension_days, requested_extension_days, reply, version
			  from petition_case""";

	private static final String INSERT = """
			insert into petition_case (number, idempotency_key, kind, channel, category, description, address, district,
			                           latitude, longitude, anonymous, petitioner_name, petitioner_phone, petitioner_email,
			                           petitioner_address, reply_channel, language, received_at, deadline, status,
			                           agency_id, closed_at)
			values (:number, :key, :kind, :channel, :category, :description, :address, :district,
			        :latitude, :longitude, :anonymous, :name, :phone, :email,
			        :petitionerAddress, :replyChannel, :language, :receivedAt, :deadline, :status,
			        :agencyId, :closedAt)
			on conflict (idempotency_key) do nothing
			returning id""";

	private final JdbcClient jdbc;

	PetitionCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextSequence() {
		return jdbc.sql("select nextval('petition_case_number_seq')").query(Long.class).single();
	}

	/**
	 * Inserts the case unless one with the same idempotency key exists: then nothing is inserted
	 * and the result is empty. A concurrent insert with the same key waits for the other's commit.
	 */
	Optional<Long> insert(PetitionCase c, String idempotencyKey) {
		Location l = c.location();
		Petitioner p = c.petitioner();
		return jdbc.sql(INSERT)
			.param("number", c.number().value())
			.param("key", idempotencyKey)
			.param("kind", c.kind().name())
			.param("channel", c.channel().name())
			.param("category", c.category())
			.param("description", c.description())
			.param("address", l.address())
			.param("district", l.district())
			.param("latitude", l.latitude())
			.param("longitude", l.longitude())
			.param("anonymous", p == null)
			.param("name", p == null ? null : p.name())
			.param("phone", p == null ? null : p.phone())
			.param("email", p == null ? null : p.email())
			.param("petitionerAddress", p == null ? null : p.address())
			.param("replyChannel", c.replyChannel().name())
			.param("language", c.language())
			.param("receivedAt", Timestamp.from(c.receivedAt()))
			.param("deadline", Timestamp.from(c.deadline()))
			.param("status", c.status().name())
			.param("agencyId", c.agencyId())
			.param("closedAt", c.closedAt() == null ? null : Timestamp.from(c.closedAt()))
			.query(Long.class)
			.optional();
	}

	Optional<PetitionCase> byId(long id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(PetitionCases::row).optional();
	}

	Optional<PetitionCase> byNumber(CaseNumber number) {
		return jdbc.sql(COLUMNS + " where number = :number").param("number", number.value()).query(PetitionCases::row).optional();
	}

	Optional<PetitionCase> byIdempotencyKey(String key) {
		return jdbc.sql(COLUMNS + " where idempotency_key = :key").param("key", key).query(PetitionCases::row).optional();
	}

	/** The caller's earlier cases, newest first, for the 1999 agent. */
	List<PetitionCase> ofPhone(String phone, int limit) {
		return jdbc.sql(COLUMNS + " where petitioner_phone = :phone order by received_at desc, id desc limit :limit")
			.param("phone", phone)
			.param("limit", limit)
			.query(PetitionCases::row)
			.list();
	}

	/**
	 * Stores a step's result if nobody changed the case since {@code c.version()} was read.
	 * @return false when the case is at another version: nothing was changed
	 */
	boolean update(PetitionCase c) {
		PetitionCase.Handling h = c.handling();
		return jdbc.sql("""
				update petition_case
				   set status = :status, agency_id = :agencyId, deadline = :deadline, closed_at = :closedAt,
				       paused_since = :pausedSince, extension_count = :extensionCount, extension_days = :extensionDays,
				       requested_extension_days = :requested, reply = :reply, version = version + 1
				 where id = :id and version = :version""")
			.param("status", c.status().name())
			.param("agencyId", c.agencyId())
			.param("deadline", Timestamp.from(c.deadline()))
			.param("closedAt", c.closedAt() == null ? null : Timestamp.from(c.closedAt()))
			.param("pausedSince", h.pausedSince() == null ? null : Timestamp.from(h.pausedSince()))
			.param("extensionCount", h.extensionCount())
			.param("extensionDays", h.extensionDays())
			.param("requested", h.requestedExtensionDays())
			.param("reply", h.reply())
			.param("id", c.id())
			.param("version", c.version())
			.update() == 1;
	}

	/** The case's history, oldest first. */
	List<CaseStep> steps(long caseId) {
		return jdbc.sql("""
				select step, from_status, to_status, agency_id, actor_name, reason, at
				  from petition_case_step where case_id = :caseId order by at, id""")
			.param("caseId", caseId)
			.query((rs, row) -> new CaseStep(rs.getString("step"),
					rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
					CaseStatus.valueOf(rs.getString("to_status")), rs.getObject("agency_id", Long.class),
					rs.getString("actor_name"), rs.getString("reason"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	/** Links two cases as duplicates; read both ways by {@link #duplicatesOf}. */
	void link(long caseId, long duplicateId) {
		jdbc.sql("insert into petition_case_link (case_id, duplicate_id) values (:a, :b) on conflict do nothing")
			.param("a", caseId)
			.param("b", duplicateId)
			.update();
	}

	List<CaseNumber> duplicatesOf(long caseId) {
		return jdbc.sql("""
				select c.number from petition_case_link l
				  join petition_case c on c.id = case when l.case_id = :id then l.duplicate_id else l.case_id end
				 where l.case_id = :id or l.duplicate_id = :id
				 order by c.number""")
			.param("id", caseId)
			.query((rs, row) -> new CaseNumber(rs.getString(1)))
			.list();
	}

	/**
	 * Open cases by deadline, soonest first.
	 * @param agencies the agencies to include, or null for all
	 * @param status only this status, or null for any open one
	 * @param dueBefore only cases due before this, or null
	 */
	List<PetitionCase> open(java.util.Collection<Long> agencies, CaseStatus status, Instant dueBefore, int limit) {
		StringBuilder sql = new StringBuilder(COLUMNS).append(" where closed_at is null");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (agencies != null) {
			sql.append(" and agency_id in (:agencies)");
			params.put("agencies", agencies.isEmpty() ? List.of(-1L) : agencies);
		}
		if (status != null) {
			sql.append(" and status = :status");
			params.put("status", status.name());
		}
		if (dueBefore != null) {
			sql.append(" and deadline < :dueBefore");
			params.put("dueBefore", Timestamp.from(dueBefore));
		}
		sql.append(" order by deadline, id limit :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(PetitionCases::row).list();
	}

	/** One history line of a case. */
	void recordStep(long caseId, String step, CaseStatus from, CaseStatus to, Long agencyId, Long actorId,
			String actorName, String reason, Instant at) {
		jdbc.sql("""
				insert into petition_case_step (case_id, step, from_status, to_status, agency_id, actor_id, actor_name, reason, at)
				values (:caseId, :step, :from, :to, :agencyId, :actorId, :actorName, :reason, :at)""")
			.param("caseId", caseId)
			.param("step", step)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("agencyId", agencyId)
			.param("actorId", actorId)
			.param("actorName", actorName)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static PetitionCase row(ResultSet rs, int row) throws SQLException {
		Petitioner petitioner = rs.getBoolean("anonymous") ? null
				: new Petitioner(rs.getString("petitioner_name"), rs.getString("petitioner_phone"),
						rs.getString("petitioner_email"), rs.getString("petitioner_address"));
		Location location = new Location(rs.getString("address"), rs.getString("district"),
				rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class));
		Timestamp closed = rs.getTimestamp("closed_at");
		return new PetitionCase(rs.getLong("id"), new CaseNumber(rs.getString("number")),
				CaseKind.valueOf(rs.getString("kind")), Channel.valueOf(rs.getString("channel")),
				rs.getString("category"), rs.getString("description"), location, petitioner,
				ReplyChannel.valueOf(rs.getString("reply_channel")), rs.getString("language"),
				rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
				CaseStatus.valueOf(rs.getString("status")), rs.getObject("agency_id", Long.class),
				closed == null ? null : closed.toInstant(), handling(rs), rs.getInt("version"));
	}

	private static PetitionCase.Handling handling(ResultSet rs) throws SQLException {
		Timestamp paused = rs.getTimestamp("paused_since");
		return new PetitionCase.Handling(paused == null ? null : paused.toInstant(), rs.getInt("extension_count"),
				rs.getInt("extension_days"), rs.getObject("requested_extension_days", Integer.class), rs.getString("reply"));
	}

}
