package tw.yankao.tracking.meetings;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.tracking.LagClass;
import tw.yankao.tracking.TrackedItemStatus;

/** Control meetings and their decisions; a decision's item status is read from the item it refers to. */
@Repository
class Meetings {

	private static final String SELECT = """
			select id, level, agency_id, month, held_on, attendees, summary, version
			  from tracking_meetings""";

	private static final String DECISIONS = """
			select d.id, d.position, d.decision, d.owner_agency_id, d.due_date, d.item_id, i.item_number, i.status,
			       (select r.lag_class from tracking_progress_reports r where r.item_id = i.id
			         order by r.month desc limit 1) as latest_lag
			  from tracking_meeting_decisions d
			  join tracking_items i on i.id = d.item_id
			 where d.meeting_id = ?
			 order by d.position""";

	private final JdbcClient jdbc;

	Meetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(MeetingLevel level, Long agencyId, YearMonth month, LocalDate heldOn, Instant now) {
		return jdbc.sql("""
				insert into tracking_meetings (level, agency_id, month, held_on, created_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(level.name(), agencyId, Date.valueOf(month.atDay(1)), Date.valueOf(heldOn), Timestamp.from(now))
			.query(Long.class).single();
	}

	Optional<ControlMeeting> find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> meeting(rs, List.of())).optional()
			.map(meeting -> new ControlMeeting(meeting.id(), meeting.level(), meeting.agencyId(), meeting.month(),
					meeting.heldOn(), meeting.attendees(), meeting.summary(), meeting.version(), decisions(id)));
	}

	/** Newest month first; {@code agencies} null for every meeting, else the city's are left out. */
	List<ControlMeeting> list(Collection<Long> agencies, int limit) {
		String where = agencies == null ? "" : " where agency_id = any(cast(? as bigint[]))";
		JdbcClient.StatementSpec statement = jdbc.sql(SELECT + where + " order by month desc, held_on desc, id desc limit " + limit);
		if (agencies != null) {
			statement = statement.param(agencies.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
		}
		return statement.query((rs, n) -> meeting(rs, List.of())).list();
	}

	boolean updateRecord(long id, int version, String attendees, String summary) {
		return jdbc.sql("""
				update tracking_meetings set attendees = ?, summary = ?, version = version + 1
				 where id = ? and version = ?""")
			.params(attendees, summary, id, version)
			.update() == 1;
	}

	/** The next decision number; the meeting row is locked so that two people adding at once get different numbers. */
	int nextPosition(long meetingId) {
		jdbc.sql("select id from tracking_meetings where id = ? for update").param(meetingId).query(Long.class).single();
		return jdbc.sql("select coalesce(max(position), 0) + 1 from tracking_meeting_decisions where meeting_id = ?")
			.param(meetingId).query(Integer.class).single();
	}

	long insertDecision(long meetingId, int position, String decision, long ownerAgencyId, LocalDate dueDate,
			long itemId, Instant now) {
		return jdbc.sql("""
				insert into tracking_meeting_decisions (meeting_id, position, decision, owner_agency_id, due_date,
				    item_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(meetingId, position, decision, ownerAgencyId, Date.valueOf(dueDate), itemId, Timestamp.from(now))
			.query(Long.class).single();
	}

	private List<MeetingDecision> decisions(long meetingId) {
		return jdbc.sql(DECISIONS).param(meetingId).query((rs, n) -> {
			String lag = rs.getString("latest_lag");
			return new MeetingDecision(rs.getLong("id"), rs.getInt("position"), rs.getString("decision"),
					rs.getLong("owner_agency_id"), rs.getDate("due_date").toLocalDate(), rs.getLong("item_id"),
					rs.getString("item_number"), TrackedItemStatus.valueOf(rs.getString("status")),
					lag == null ? null : LagClass.valueOf(lag));
		}).list();
	}

	private static ControlMeeting meeting(java.sql.ResultSet rs, List<MeetingDecision> decisions)
			throws java.sql.SQLException {
		long agency = rs.getLong("agency_id");
		return new ControlMeeting(rs.getLong("id"), MeetingLevel.valueOf(rs.getString("level")),
				rs.wasNull() ? null : agency, YearMonth.from(rs.getDate("month").toLocalDate()),
				rs.getDate("held_on").toLocalDate(), rs.getString("attendees"), rs.getString("summary"),
				rs.getInt("version"), decisions);
	}

}
