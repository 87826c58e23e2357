package tw.yankao.tracking.council;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.council.CouncilQuestion.ReplyState;

/**
 * Council sessions and the council-specific rows of their questions. The owner and co-agencies
 * are the tracked item's (same module), read by a join.
 */
@Repository
class CouncilStore {

	private static final String SESSION_COLUMNS = "id, term, kind, session_number, starts_on, ends_on, reply_due_on";

	private static final String QUESTIONS = """
			select q.item_id, q.session_id, q.item_type, q.question_number, q.councillors, q.subject, q.body,
			       i.owner_agency_id, i.co_agency_ids, q.reply_due_on, q.reply_state, q.reply_text, q.replied_at,
			       q.late, q.version
			  from tracking_council_questions q
			  join tracking_items i on i.id = q.item_id
			""";

	private static final String ORDER = " order by (q.item_type = 'COUNCIL_RESOLUTION') desc, length(q.question_number), q.question_number";

	private final JdbcClient jdbc;

	CouncilStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertSession(CouncilSessionEntry entry, LocalDate replyDueOn) {
		return jdbc.sql("""
				insert into tracking_council_sessions (term, kind, session_number, starts_on, ends_on, reply_due_on)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(entry.term(), entry.kind().name(), entry.number(), entry.startsOn(), entry.endsOn(), replyDueOn)
			.query(Long.class).single();
	}

	boolean sessionTaken(int term, CouncilSession.Kind kind, int number) {
		return jdbc.sql("select exists (select 1 from tracking_council_sessions where term = ? and kind = ? and session_number = ?)")
			.params(term, kind.name(), number).query(Boolean.class).single();
	}

	Optional<CouncilSession> session(long id) {
		return jdbc.sql("select " + SESSION_COLUMNS + " from tracking_council_sessions where id = ?").param(id)
			.query(CouncilStore::session).optional();
	}

	/** Every session, latest first. */
	List<CouncilSession> sessions() {
		return jdbc.sql("select " + SESSION_COLUMNS + " from tracking_council_sessions order by starts_on desc, id desc")
			.query(CouncilStore::session).list();
	}

	void insertQuestion(long itemId, long sessionId, CouncilQuestionEntry entry, LocalDate replyDueOn) {
		jdbc.sql("""
				insert into tracking_council_questions
				       (item_id, session_id, item_type, question_number, councillors, subject, body, reply_due_on)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(itemId, sessionId, entry.type().name(), entry.number().strip(), entry.councillors().strip(),
					entry.subject().strip(), entry.text().strip(), replyDueOn)
			.update();
	}

	boolean numberTaken(long sessionId, TrackedItemType type, String number) {
		return jdbc.sql("""
				select exists (select 1 from tracking_council_questions
				                where session_id = ? and item_type = ? and question_number = ?)""")
			.params(sessionId, type.name(), number).query(Boolean.class).single();
	}

	Optional<CouncilQuestion> question(long itemId) {
		return jdbc.sql(QUESTIONS + " where q.item_id = ?").param(itemId).query(CouncilStore::question).optional();
	}

	/** The session's questions owned by one of {@code owners} (all when null), resolutions first, by number. */
	List<CouncilQuestion> questions(long sessionId, List<Long> owners) {
		return jdbc.sql(QUESTIONS + " where q.session_id = :session and (cast(:owners as bigint[]) is null"
				+ " or i.owner_agency_id = any(cast(:owners as bigint[])))" + ORDER)
			.param("session", sessionId)
			.param("owners", owners == null ? null : owners.toArray(Long[]::new))
			.query(CouncilStore::question).list();
	}

	/** @return false when the reply is no longer at {@code version} */
	boolean saveReply(long itemId, int version, ReplyState state, String text, String draftedBy) {
		return jdbc.sql("""
				update tracking_council_questions
				   set reply_state = ?, reply_text = ?, drafted_by = ?, version = version + 1
				 where item_id = ? and version = ?""")
			.params(state.name(), text, draftedBy, itemId, version).update() == 1;
	}

	/** @return false when the reply is no longer at {@code version} */
	boolean approve(long itemId, int version, String approvedBy, Instant repliedAt, boolean late) {
		return jdbc.sql("""
				update tracking_council_questions
				   set reply_state = 'APPROVED', approved_by = ?, replied_at = ?, late = ?, version = version + 1
				 where item_id = ? and version = ?""")
			.params(approvedBy, Timestamp.from(repliedAt), late, itemId, version).update() == 1;
	}

	/**
	 * Of the questions owned by one of {@code owners} whose deadline falls between {@code from} and
	 * {@code to}: how many count (approved, or past their deadline on {@code today}) and how many
	 * of those were approved on time.
	 */
	int[] onTimeCounts(List<Long> owners, LocalDate from, LocalDate to, LocalDate today) {
		return jdbc.sql("""
				select count(*) filter (where q.reply_state = 'APPROVED' or q.reply_due_on < :today) as counted,
				       count(*) filter (where q.reply_state = 'APPROVED' and not q.late) as on_time
				  from tracking_council_questions q
				  join tracking_items i on i.id = q.item_id
				 where i.owner_agency_id = any(cast(:owners as bigint[]))
				   and q.reply_due_on between :from and :to""")
			.param("owners", owners.toArray(Long[]::new))
			.param("from", from).param("to", to).param("today", today)
			.query((rs, n) -> new int[] { rs.getInt("counted"), rs.getInt("on_time") }).single();
	}

	private static CouncilSession session(ResultSet rs, int row) throws SQLException {
		return new CouncilSession(rs.getLong("id"), rs.getInt("term"), CouncilSession.Kind.valueOf(rs.getString("kind")),
				rs.getInt("session_number"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getObject("reply_due_on", LocalDate.class));
	}

	private static CouncilQuestion question(ResultSet rs, int row) throws SQLException {
		Array co = rs.getArray("co_agency_ids");
		List<Long> coIds = Arrays.stream((Object[]) co.getArray()).map(o -> ((Number) o).longValue()).toList();
		Timestamp repliedAt = rs.getTimestamp("replied_at");
		return new CouncilQuestion(rs.getLong("item_id"), rs.getLong("session_id"),
				TrackedItemType.valueOf(rs.getString("item_type")), rs.getString("question_number"),
				rs.getString("councillors"), rs.getString("subject"), rs.getString("body"), rs.getLong("owner_agency_id"),
				coIds, rs.getObject("reply_due_on", LocalDate.class), ReplyState.valueOf(rs.getString("reply_state")),
				rs.getString("reply_text"), repliedAt == null ? null : repliedAt.toInstant(),
				(Boolean) rs.getObject("late"), rs.getInt("version"));
	}

}
