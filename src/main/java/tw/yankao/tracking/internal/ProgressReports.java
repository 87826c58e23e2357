package tw.yankao.tracking.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.tracking.LagClass;
import tw.yankao.tracking.ProgressReport;

/** Monthly progress reports of tracked items. */
@Repository
public class ProgressReports {

	private static final String SELECT = """
			select id, item_id, month, actual_percent, planned_percent, lag_points, lag_class, spending, narrative,
			       problems, countermeasures, needs_coordination, correction_reason, submitted_at, late, version
			  from tracking_progress_reports""";

	private final JdbcClient jdbc;

	ProgressReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ProgressReport> ofItem(long itemId) {
		return jdbc.sql(SELECT + " where item_id = ? order by month").param(itemId).query((rs, n) -> row(rs)).list();
	}

	/** The reports of the items, by item, in month order. */
	public Map<Long, List<ProgressReport>> ofItems(Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(SELECT + " where item_id = any(cast(? as bigint[])) order by item_id, month")
			.param(TrackedItems.arrayText(List.copyOf(itemIds)))
			.query((rs, n) -> row(rs)).list().stream()
			.collect(Collectors.groupingBy(ProgressReport::itemId, Collectors.toList()));
	}

	public Optional<ProgressReport> find(long itemId, YearMonth month) {
		return jdbc.sql(SELECT + " where item_id = ? and month = ?").params(itemId, first(month))
			.query((rs, n) -> row(rs)).optional();
	}

	/** The latest report before the month, to compare cumulative progress with. */
	public Optional<ProgressReport> latestBefore(long itemId, YearMonth month) {
		return jdbc.sql(SELECT + " where item_id = ? and month < ? order by month desc limit 1").params(itemId, first(month))
			.query((rs, n) -> row(rs)).optional();
	}

	/** Inserts the report, or updates it when it exists at {@code version}; false when the version is stale. */
	public boolean save(ProgressReport report) {
		if (report.id() == 0) {
			jdbc.sql("""
					insert into tracking_progress_reports (item_id, month, actual_percent, planned_percent, lag_points,
					    lag_class, spending, narrative, problems, countermeasures, needs_coordination, correction_reason,
					    submitted_at, late)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(report.itemId(), first(report.month()), report.actualPercent(), report.plannedPercent(),
						report.lagPoints(), report.lagClass().name(), report.spending(), report.narrative(),
						report.problems(), report.countermeasures(), report.needsCoordination(),
						report.correctionReason(), Timestamp.from(report.submittedAt()), report.late())
				.update();
			return true;
		}
		return jdbc.sql("""
				update tracking_progress_reports
				   set actual_percent = ?, planned_percent = ?, lag_points = ?, lag_class = ?, spending = ?,
				       narrative = ?, problems = ?, countermeasures = ?, needs_coordination = ?, correction_reason = ?,
				       submitted_at = ?, late = ?, version = version + 1
				 where id = ? and version = ?""")
			.params(report.actualPercent(), report.plannedPercent(), report.lagPoints(), report.lagClass().name(),
					report.spending(), report.narrative(), report.problems(), report.countermeasures(),
					report.needsCoordination(), report.correctionReason(), Timestamp.from(report.submittedAt()),
					report.late(), report.id(), report.version())
			.update() == 1;
	}

	static Date first(YearMonth month) {
		return Date.valueOf(month.atDay(1));
	}

	private static ProgressReport row(ResultSet rs) throws SQLException {
		return new ProgressReport(rs.getLong("id"), rs.getLong("item_id"),
				YearMonth.from(rs.getDate("month").toLocalDate()), rs.getBigDecimal("actual_percent"),
				rs.getBigDecimal("planned_percent"), rs.getBigDecimal("lag_points"),
				LagClass.valueOf(rs.getString("lag_class")), rs.getBigDecimal("spending"), rs.getString("narrative"),
				rs.getString("problems"), rs.getString("countermeasures"), rs.getBoolean("needs_coordination"),
				rs.getString("correction_reason"), rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("late"),
				rs.getInt("version"));
	}


}
