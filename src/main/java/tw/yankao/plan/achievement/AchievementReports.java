package tw.yankao.plan.achievement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.plan.ReportingPeriod;

/** The achievement_report rows. */
@Repository
class AchievementReports {

	/** What a write stores; who and when are passed beside it. */
	record Values(java.math.BigDecimal actual, java.math.BigDecimal numerator, java.math.BigDecimal denominator,
			String analysis, String liveMetric, String lineage) {
	}

	private static final String SELECT = """
			select id, indicator_id, roc_year, period_kind, period_number, actual, numerator, denominator, analysis,
			       status, live_metric, lineage, entered_by_name, entered_at, submitted_at, confirmed_by_name, confirmed_at, version
			  from achievement_report""";

	private final JdbcClient jdbc;

	AchievementReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AchievementReport> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(AchievementReports::row).optional();
	}

	Optional<AchievementReport> find(long indicatorId, ReportingPeriod period) {
		return jdbc.sql(SELECT + " where indicator_id = :indicator and roc_year = :year and period_kind = :kind and period_number = :number")
			.param("indicator", indicatorId)
			.param("year", period.rocYear())
			.param("kind", period.kind().name())
			.param("number", period.number())
			.query(AchievementReports::row)
			.optional();
	}

	/** The indicator's reports, by period. */
	List<AchievementReport> ofIndicator(long indicatorId) {
		return jdbc.sql(SELECT + " where indicator_id = :indicator order by roc_year, period_kind desc, period_number")
			.param("indicator", indicatorId)
			.query(AchievementReports::row)
			.list();
	}

	/** The reports of these indicators for the ROC years {@code from} to {@code to}, any period. */
	List<AchievementReport> ofIndicators(Collection<Long> indicatorIds, int from, int to) {
		if (indicatorIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where indicator_id in (:ids) and roc_year between :from and :to order by indicator_id, roc_year, period_kind, period_number")
			.param("ids", indicatorIds)
			.param("from", from)
			.param("to", to)
			.query(AchievementReports::row)
			.list();
	}

	/** A new report; {@code submittedAt} is null for a draft. */
	long insert(long indicatorId, ReportingPeriod period, Values values, AchievementStatus status, Long userId,
			String userName, Instant at, Instant submittedAt) {
		return jdbc.sql("""
				insert into achievement_report (indicator_id, roc_year, period_kind, period_number, actual, numerator,
				       denominator, analysis, status, live_metric, lineage, entered_by, entered_by_name, entered_at, submitted_at)
				values (:indicator, :year, :kind, :number, :actual, :numerator, :denominator, :analysis, :status,
				       :liveMetric, :lineage, :userId, :userName, :at, :submittedAt)
				returning id""")
			.param("indicator", indicatorId)
			.param("year", period.rocYear())
			.param("kind", period.kind().name())
			.param("number", period.number())
			.params(valueParams(values))
			.param("status", status.name())
			.param("userId", userId)
			.param("userName", userName)
			.param("at", Timestamp.from(at))
			.param("submittedAt", submittedAt == null ? null : Timestamp.from(submittedAt))
			.query(Long.class)
			.single();
	}

	/** Replaces the values if the version still matches; false when someone changed it first. */
	boolean update(long id, int version, Values values, Long userId, String userName, Instant at) {
		return jdbc.sql("""
				update achievement_report
				   set actual = :actual, numerator = :numerator, denominator = :denominator, analysis = :analysis,
				       live_metric = :liveMetric, lineage = :lineage, entered_by = :userId,
				       entered_by_name = :userName, entered_at = :at, version = version + 1
				 where id = :id and version = :version""")
			.params(valueParams(values))
			.param("userId", userId)
			.param("userName", userName)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** Moves the report on if the version still matches; false when someone changed it first. */
	boolean changeStatus(long id, int version, AchievementStatus status, Long confirmedBy, String confirmedByName,
			Instant confirmedAt) {
		return jdbc.sql("""
				update achievement_report
				   set status = :status, confirmed_by = :by, confirmed_by_name = :name, confirmed_at = :at,
				       version = version + 1
				 where id = :id and version = :version""")
			.param("status", status.name())
			.param("by", confirmedBy)
			.param("name", confirmedByName)
			.param("at", confirmedAt == null ? null : Timestamp.from(confirmedAt))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** Hands a draft in if the version still matches; false when someone changed it first. */
	boolean submit(long id, int version, Instant at) {
		return jdbc.sql("""
				update achievement_report set status = 'SUBMITTED', submitted_at = :at, version = version + 1
				 where id = :id and version = :version and status = 'DRAFT'""")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	long count() {
		return jdbc.sql("select count(*) from achievement_report").query(Long.class).single();
	}

	private static java.util.Map<String, Object> valueParams(Values values) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("actual", values.actual());
		params.put("numerator", values.numerator());
		params.put("denominator", values.denominator());
		params.put("analysis", values.analysis());
		params.put("liveMetric", values.liveMetric());
		params.put("lineage", values.lineage());
		return params;
	}

	private static AchievementReport row(ResultSet rs, int row) throws SQLException {
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new AchievementReport(rs.getLong("id"), rs.getLong("indicator_id"),
				new ReportingPeriod(rs.getInt("roc_year"), ReportingPeriod.Kind.valueOf(rs.getString("period_kind")),
						rs.getInt("period_number")),
				rs.getBigDecimal("actual"), rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"),
				rs.getString("analysis"), AchievementStatus.valueOf(rs.getString("status")), rs.getString("live_metric"),
				rs.getString("lineage"), rs.getString("entered_by_name"), rs.getTimestamp("entered_at").toInstant(),
				submitted == null ? null : submitted.toInstant(), rs.getString("confirmed_by_name"), confirmed == null ? null : confirmed.toInstant(), rs.getInt("version"));
	}

}
