package tw.yankao.tracking.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import tw.yankao.tracking.ProgressReport;
import tw.yankao.tracking.TrackedItemEntry;

/**
 * Writes many tracked items, planned progress and reports at once, for imports: rows go through
 * PostgreSQL {@code COPY} into temporary tables (dropped at commit) and from there into the tracking
 * tables by one set-based upsert each. Callers check every row first and call these inside their
 * transaction, so a file is saved whole or not at all.
 */
@Repository
public class BulkWrites {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String REPORT_COLUMNS = "item_id, month, actual_percent, planned_percent, lag_points, lag_class, "
			+ "spending, narrative, problems, countermeasures, needs_coordination, correction_reason, submitted_at, late";

	/** One month's planned cumulative progress of an item, percent 0–100. */
	public record Planned(long itemId, YearMonth month, BigDecimal percent) {
	}

	private final JdbcClient jdbc;
	private final DataSource dataSource;

	BulkWrites(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Inserts new items without checkpoints; returns their ids by number. */
	public Map<String, Long> insertItems(List<TrackedItemEntry> entries, Instant now) {
		if (entries.isEmpty()) {
			return Map.of();
		}
		CopyRows rows = new CopyRows();
		String at = now.toString();
		for (TrackedItemEntry e : entries) {
			rows.add(e.type().name(), e.number().strip(), e.title().strip(), e.ownerAgencyId(),
					TrackedItems.arrayText(e.coAgencies()), e.controlLevel().name(), e.responsiblePeople().strip(),
					e.startDate(), e.endDate(), e.budgetTotal(), e.budgetThisYear(), e.status().name(),
					JSON.writeValueAsString(e.detailFields()), at);
		}
		copy("""
				tracking_items (item_type, item_number, title, owner_agency_id, co_agency_ids, control_level,
				responsible_people, start_date, end_date, budget_total, budget_this_year, status, details, updated_at)""",
				rows);
		return jdbc.sql("select item_number, id from tracking_items where item_number = any(?)")
			.param(entries.stream().map(e -> e.number().strip()).toArray(String[]::new))
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Inserts or replaces the months' planned progress. */
	public void upsertPlanned(List<Planned> planned) {
		if (planned.isEmpty()) {
			return;
		}
		CopyRows rows = new CopyRows();
		planned.forEach(p -> rows.add(p.itemId(), p.month().atDay(1), p.percent()));
		stage("planned_stage", "tracking_planned_progress", "item_id, month, planned_percent", rows);
		jdbc.sql("""
				insert into tracking_planned_progress (item_id, month, planned_percent)
				select item_id, month, planned_percent from planned_stage
				on conflict (item_id, month) do update set planned_percent = excluded.planned_percent""").update();
	}

	/** Counts a change of the items themselves (their planned progress) in their versions. */
	public void touch(Collection<Long> itemIds, Instant now) {
		if (itemIds.isEmpty()) {
			return;
		}
		jdbc.sql("update tracking_items set version = version + 1, updated_at = ? where id = any(cast(? as bigint[]))")
			.params(Timestamp.from(now), TrackedItems.arrayText(List.copyOf(itemIds))).update();
	}

	/** Inserts new reports and replaces the months' existing ones, counting each change in its version. */
	public void upsertReports(List<ProgressReport> reports) {
		if (reports.isEmpty()) {
			return;
		}
		CopyRows rows = new CopyRows();
		for (ProgressReport r : reports) {
			rows.add(r.itemId(), r.month().atDay(1), r.actualPercent(), r.plannedPercent(), r.lagPoints(), r.lagClass().name(),
					r.spending(), r.narrative(), r.problems(), r.countermeasures(), r.needsCoordination(),
					r.correctionReason(), r.submittedAt().toString(), r.late());
		}
		stage("report_stage", "tracking_progress_reports", REPORT_COLUMNS, rows);
		jdbc.sql("""
				insert into tracking_progress_reports (%1$s)
				select %1$s from report_stage
				on conflict (item_id, month) do update
				   set actual_percent = excluded.actual_percent, planned_percent = excluded.planned_percent,
				       lag_points = excluded.lag_points, lag_class = excluded.lag_class, spending = excluded.spending,
				       narrative = excluded.narrative, problems = excluded.problems,
				       countermeasures = excluded.countermeasures, needs_coordination = excluded.needs_coordination,
				       correction_reason = excluded.correction_reason, submitted_at = excluded.submitted_at,
				       late = excluded.late, version = tracking_progress_reports.version + 1""".formatted(REPORT_COLUMNS))
			.update();
	}

	/** An empty temporary table with the target's columns, dropped at commit, filled by COPY. */
	private void stage(String stage, String target, String columns, CopyRows rows) {
		jdbc.sql("drop table if exists " + stage).update();
		jdbc.sql("create temporary table " + stage + " on commit drop as select " + columns + " from " + target
				+ " with no data").update();
		copy(stage + " (" + columns + ")", rows);
	}

	private void copy(String tableAndColumns, CopyRows rows) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("copy " + tableAndColumns + " from stdin with (format csv)", new StringReader(rows.toString()));
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY into " + tableAndColumns + " failed", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** CSV lines for COPY; null is an unquoted empty field, which COPY reads as NULL. */
	private static final class CopyRows {

		private final StringBuilder text = new StringBuilder();

		void add(Object... fields) {
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					text.append(',');
				}
				if (fields[i] != null) {
					text.append('"').append(fields[i].toString().replace("\"", "\"\"")).append('"');
				}
			}
			text.append('\n');
		}

		@Override
		public String toString() {
			return text.toString();
		}

	}

}
