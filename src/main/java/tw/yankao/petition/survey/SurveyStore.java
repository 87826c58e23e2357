package tw.yankao.petition.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The survey table. An answer is written only over an unanswered row, so one token answers once. */
@Repository
class SurveyStore {

	private static final String COLUMNS = """
			s.token, s.case_id, c.number, s.agency_id, s.closed_at, s.answered_at, s.satisfaction, s.comment, s.reopened
			""";

	private final JdbcClient jdbc;

	SurveyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return false when the closure already has its survey */
	boolean insert(String token, long caseId, Long agencyId, Instant closedAt, Instant now) {
		return jdbc.sql("""
				insert into petition_survey (token, case_id, agency_id, closed_at, created_at)
				values (:token, :case, :agency, :closedAt, :now)
				on conflict (case_id, closed_at) do nothing""")
			.param("token", token)
			.param("case", caseId)
			.param("agency", agencyId)
			.param("closedAt", Timestamp.from(closedAt))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<Survey> byToken(String token) {
		return jdbc.sql("select " + COLUMNS + " from petition_survey s join petition_case c on c.id = s.case_id where s.token = ?")
			.param(token)
			.query(SurveyStore::survey)
			.optional();
	}

	/** The latest closure's survey of a case. */
	Optional<Survey> latestOf(long caseId) {
		return jdbc.sql("select " + COLUMNS + """
				 from petition_survey s join petition_case c on c.id = s.case_id
				 where s.case_id = ? order by s.closed_at desc limit 1""")
			.param(caseId)
			.query(SurveyStore::survey)
			.optional();
	}

	/** @return false when the token was answered meanwhile */
	boolean answer(String token, int satisfaction, String comment, boolean reopened, Instant now) {
		return jdbc.sql("""
				update petition_survey set answered_at = :now, satisfaction = :satisfaction, comment = :comment,
				       reopened = :reopened
				 where token = :token and answered_at is null""")
			.param("now", Timestamp.from(now))
			.param("satisfaction", satisfaction)
			.param("comment", comment)
			.param("reopened", reopened)
			.param("token", token)
			.update() == 1;
	}

	List<AgencySatisfaction> perAgency(YearMonth month, ZoneId zone) {
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		return jdbc.sql("""
				select agency_id, count(*), round(avg(satisfaction), 2),
				       round(100.0 * count(*) filter (where satisfaction >= 4) / count(*), 1)
				  from petition_survey
				 where answered_at is not null and closed_at >= :from and closed_at < :to
				 group by agency_id
				 order by agency_id nulls last""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> new AgencySatisfaction((Long) rs.getObject(1), month, rs.getLong(2),
					rs.getBigDecimal(3), rs.getBigDecimal(4)))
			.list();
	}

	private static Survey survey(ResultSet rs, int row) throws SQLException {
		Timestamp answered = rs.getTimestamp(6);
		return new Survey(rs.getString(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4),
				rs.getTimestamp(5).toInstant(), answered == null ? null : answered.toInstant(),
				rs.getObject(7) == null ? null : rs.getInt(7), rs.getString(8),
				rs.getBoolean(9));
	}

}
