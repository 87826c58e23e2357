package tw.yankao.tracking.evaluation;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.shared.profile.EvaluationRules.Source;
import tw.yankao.tracking.TrackedItemType;

/**
 * Evaluation rounds, item evaluations and their parts. Inside the tracking module, so it reads
 * the items and progress reports of a year directly: opening a round for thousands of items is
 * one query rather than one call per item.
 */
@Repository
class Evaluations {

	/** The filter {@code grade} value that selects evaluations still without a score. */
	static final String UNSCORED = "NONE";

	private static final String ROUND = """
			select roc_year, status, opened_by, opened_at, finalised_by, finalised_at, version
			  from tracking_evaluation_rounds""";

	private static final String EVALUATION = """
			select e.id, e.roc_year, e.item_id, i.item_number, i.title, e.item_type, e.owner_agency_id,
			       e.responsible_people, e.score, e.grade, e.comment, e.reviewed_by, e.reviewed_at, e.version
			  from tracking_evaluations e
			  join tracking_items i on i.id = e.item_id""";

	private static final String FILTER = """

			 where e.roc_year = :year
			   and (cast(:all as boolean) or e.owner_agency_id = any(cast(:agencies as bigint[])))
			   and (cast(:anyOwner as boolean) or e.owner_agency_id = any(cast(:owners as bigint[])))
			   and (cast(:grade as varchar) is null or e.grade = :grade
			        or (cast(:grade as varchar) = 'NONE' and e.grade is null))""";

	/**
	 * Per item tracked or completed in the year: the planned progress at year end, the last
	 * report up to year end, and the year's reports saved on time within the months it was tracked.
	 */
	private static final String YEAR_FIGURES = """
			select i.id, i.item_type, i.owner_agency_id, i.responsible_people, i.start_date, i.end_date,
			       i.budget_this_year,
			       coalesce((select p.planned_percent from tracking_planned_progress p
			                  where p.item_id = i.id and p.month <= :last order by p.month desc limit 1), 0) as planned,
			       coalesce(r.actual_percent, 0) as actual,
			       coalesce(r.spending, 0) as spending,
			       (select count(*) from tracking_progress_reports o
			         where o.item_id = i.id and not o.late
			           and o.month between date_trunc('month', greatest(i.start_date, :first)) and least(i.end_date, :last)) as on_time
			  from tracking_items i
			  left join lateral (select actual_percent, spending from tracking_progress_reports q
			                      where q.item_id = i.id and q.month <= :last
			                      order by q.month desc limit 1) r on true
			 where i.status in ('TRACKED', 'COMPLETED') and i.start_date <= :last and i.end_date >= :first
			 order by i.id""";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	Evaluations(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** An item to evaluate, as tracking data stands at year end. */
	record ItemYear(long itemId, TrackedItemType type, long ownerAgencyId, String responsiblePeople,
			YearEndFigures figures) {
	}

	List<EvaluationRound> rounds() {
		return jdbc.sql(ROUND + " order by roc_year desc").query((rs, n) -> round(rs)).list();
	}

	Optional<EvaluationRound> round(int rocYear) {
		return jdbc.sql(ROUND + " where roc_year = ?").param(rocYear).query((rs, n) -> round(rs)).optional();
	}

	/** @return false when the year already has a round */
	boolean insertRound(int rocYear, String by, Instant now) {
		return jdbc.sql("""
				insert into tracking_evaluation_rounds (roc_year, status, opened_by, opened_at)
				values (?, 'OPEN', ?, ?) on conflict (roc_year) do nothing""")
			.params(rocYear, by, Timestamp.from(now)).update() == 1;
	}

	/** @return false when the round is not open at {@code version} */
	boolean finalise(int rocYear, int version, String by, Instant now) {
		return jdbc.sql("""
				update tracking_evaluation_rounds
				   set status = 'FINAL', finalised_by = ?, finalised_at = ?, version = version + 1
				 where roc_year = ? and version = ? and status = 'OPEN'""")
			.params(by, Timestamp.from(now), rocYear, version).update() == 1;
	}

	/** Items tracked or completed between the two days (ISO dates, inclusive), by id. */
	List<ItemYear> itemsOfYear(LocalDate first, LocalDate last) {
		return jdbc.sql(YEAR_FIGURES).param("first", first).param("last", last).query((rs, n) -> {
			LocalDate start = rs.getDate("start_date").toLocalDate();
			LocalDate end = rs.getDate("end_date").toLocalDate();
			int monthsDue = months(start.isAfter(first) ? start : first, end.isBefore(last) ? end : last);
			YearEndFigures figures = new YearEndFigures(rs.getBigDecimal("planned"), rs.getBigDecimal("actual"),
					rs.getBigDecimal("spending"), rs.getBigDecimal("budget_this_year"), rs.getInt("on_time"), monthsDue);
			return new ItemYear(rs.getLong("id"), TrackedItemType.valueOf(rs.getString("item_type")),
					rs.getLong("owner_agency_id"), rs.getString("responsible_people"), figures);
		}).list();
	}

	/**
	 * Inserts new evaluations (id 0) with their parts: two statements over arrays (unnest), since a
	 * round holds thousands of items and a JDBC batch still sends one statement per row.
	 */
	void insertAll(int rocYear, List<ItemEvaluation> evaluations) {
		List<Long> ids = jdbc.sql("select nextval('tracking_evaluations_id_seq') from generate_series(1, ?)")
			.param(evaluations.size()).query(Long.class).list();
		Columns rows = new Columns(8);
		Columns parts = new Columns(6);
		for (int i = 0; i < evaluations.size(); i++) {
			ItemEvaluation e = evaluations.get(i);
			rows.add(ids.get(i), rocYear, e.itemId(), e.type().name(), e.ownerAgencyId(), e.responsiblePeople(), e.score(),
					e.grade());
			for (int position = 0; position < e.parts().size(); position++) {
				PartScore part = e.parts().get(position);
				parts.add(ids.get(i), position, part.code(), part.source().name(), part.weight(), part.value());
			}
		}
		rows.insert(batch, """
				insert into tracking_evaluations (id, roc_year, item_id, item_type, owner_agency_id, responsible_people,
				                                  score, grade)
				select * from unnest(?, ?, ?, ?, ?, ?, ?, ?)""",
				"bigint", "integer", "bigint", "varchar", "bigint", "varchar", "numeric", "varchar");
		parts.insert(batch, """
				insert into tracking_evaluation_parts (evaluation_id, position, code, source, weight, value)
				select * from unnest(?, ?, ?, ?, ?, ?)""", "bigint", "integer", "varchar", "varchar", "numeric", "numeric");
		// thousands of rows at once: without fresh statistics the planner reads the round as a few
		// rows, and listing it right after (the demo does) took seconds rather than milliseconds
		jdbc.sql("analyze tracking_evaluations, tracking_evaluation_parts").update();
	}

	/** Rows gathered column by column, bound as one SQL array per column. */
	private static final class Columns {

		private final List<List<Object>> columns = new ArrayList<>();

		Columns(int count) {
			for (int i = 0; i < count; i++) {
				columns.add(new ArrayList<>());
			}
		}

		void add(Object... row) {
			for (int i = 0; i < row.length; i++) {
				columns.get(i).add(row[i]);
			}
		}

		void insert(JdbcTemplate jdbc, String sql, String... types) {
			if (columns.get(0).isEmpty()) {
				return;
			}
			jdbc.update(connection -> {
				PreparedStatement statement = connection.prepareStatement(sql);
				bind(connection, statement, 1, types);
				return statement;
			});
		}

		/** Binds the columns as arrays of the types to the statement's parameters from {@code first} on. */
		void bind(Connection connection, PreparedStatement statement, int first, String... types) throws SQLException {
			for (int i = 0; i < types.length; i++) {
				statement.setArray(first + i, connection.createArrayOf(types[i], columns.get(i).toArray()));
			}
		}

	}

	/**
	 * Saves the reviewed values, score, grade and comment of evaluations read at their version:
	 * two statements over arrays (unnest) whatever their number, as the demo reviews thousands.
	 * @return the ids of those no longer at their version (not saved)
	 */
	List<Long> saveReviews(List<ItemEvaluation> reviewed, String by, Instant now) {
		if (reviewed.isEmpty()) {
			return List.of();
		}
		Columns rows = new Columns(5);
		reviewed.forEach(e -> rows.add(e.id(), e.version(), e.score(), e.grade(), e.comment()));
		Set<Long> saved = new HashSet<>(batch.query(connection -> {
			PreparedStatement statement = connection.prepareStatement("""
					update tracking_evaluations e
					   set score = r.score, grade = r.grade, comment = r.comment, reviewed_by = ?, reviewed_at = ?,
					       version = e.version + 1
					  from unnest(?, ?, ?, ?, ?) as r (id, version, score, grade, comment)
					 where e.id = r.id and e.version = r.version
					returning e.id""");
			statement.setString(1, by);
			statement.setTimestamp(2, Timestamp.from(now));
			rows.bind(connection, statement, 3, "bigint", "integer", "numeric", "varchar", "text");
			return statement;
		}, (rs, n) -> rs.getLong(1)));
		List<Long> stale = new ArrayList<>();
		Columns values = new Columns(3);
		for (ItemEvaluation e : reviewed) {
			if (!saved.contains(e.id())) {
				stale.add(e.id());
				continue;
			}
			e.parts().stream().filter(PartScore::isReviewerPart).forEach(p -> values.add(e.id(), p.code(), p.value()));
		}
		values.insert(batch, """
				update tracking_evaluation_parts p set value = r.value
				  from unnest(?, ?, ?) as r (evaluation_id, code, value)
				 where p.evaluation_id = r.evaluation_id and p.code = r.code""", "bigint", "varchar", "numeric");
		return stale;
	}

	Optional<ItemEvaluation> find(int rocYear, long id) {
		return jdbc.sql(EVALUATION + " where e.roc_year = ? and e.id = ?").params(rocYear, id)
			.query((rs, n) -> evaluation(rs, List.of())).optional()
			.map(e -> withParts(List.of(e)).get(0));
	}

	/**
	 * Evaluations of the round visible to {@code agencies} (every agency when null), owned by one
	 * of {@code owners} (any when null), of the grade ({@link #UNSCORED} for none yet, any when
	 * null), by agency and item number, at most {@code limit}.
	 */
	List<ItemEvaluation> list(int rocYear, Collection<Long> agencies, Collection<Long> owners, String grade, int limit) {
		List<ItemEvaluation> rows = filtered(EVALUATION + FILTER + " order by e.owner_agency_id, i.item_number limit :limit",
				rocYear, agencies, owners, grade).param("limit", limit).query((rs, n) -> evaluation(rs, List.of())).list();
		return withParts(rows);
	}

	/** How many evaluations, by grade code (null for those without a score), under the same filter as {@link #list}. */
	Map<String, Long> gradeCounts(int rocYear, Collection<Long> agencies, Collection<Long> owners, String grade) {
		Map<String, Long> counts = new LinkedHashMap<>();
		filtered("select e.grade, count(*) as n from tracking_evaluations e" + FILTER + " group by e.grade",
				rocYear, agencies, owners, grade)
			.query((rs, n) -> Map.entry(String.valueOf(rs.getString("grade")), rs.getLong("n")))
			.list().forEach(entry -> counts.put("null".equals(entry.getKey()) ? null : entry.getKey(), entry.getValue()));
		return counts;
	}

	private JdbcClient.StatementSpec filtered(String sql, int rocYear, Collection<Long> agencies, Collection<Long> owners,
			String grade) {
		return jdbc.sql(sql).param("year", rocYear)
			.param("all", agencies == null).param("agencies", arrayText(agencies))
			.param("anyOwner", owners == null).param("owners", arrayText(owners))
			.param("grade", grade);
	}

	private List<ItemEvaluation> withParts(List<ItemEvaluation> evaluations) {
		if (evaluations.isEmpty()) {
			return evaluations;
		}
		Map<Long, List<PartScore>> parts = jdbc.sql("""
				select evaluation_id, code, source, weight, value from tracking_evaluation_parts
				 where evaluation_id = any(cast(? as bigint[])) order by evaluation_id, position""")
			.param(arrayText(evaluations.stream().map(ItemEvaluation::id).toList()))
			.query((rs, n) -> Map.entry(rs.getLong("evaluation_id"), new PartScore(rs.getString("code"),
					Source.valueOf(rs.getString("source")), rs.getBigDecimal("weight"), rs.getBigDecimal("value"))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return evaluations.stream().map(e -> new ItemEvaluation(e.id(), e.rocYear(), e.itemId(), e.itemNumber(),
				e.title(), e.type(), e.ownerAgencyId(), e.responsiblePeople(), parts.getOrDefault(e.id(), List.of()),
				e.score(), e.grade(), e.comment(), e.reviewedBy(), e.reviewedAt(), e.version())).toList();
	}

	private static ItemEvaluation evaluation(ResultSet rs, List<PartScore> parts) throws SQLException {
		Timestamp reviewed = rs.getTimestamp("reviewed_at");
		return new ItemEvaluation(rs.getLong("id"), rs.getInt("roc_year"), rs.getLong("item_id"),
				rs.getString("item_number"), rs.getString("title"), TrackedItemType.valueOf(rs.getString("item_type")),
				rs.getLong("owner_agency_id"), rs.getString("responsible_people"), parts, rs.getBigDecimal("score"),
				rs.getString("grade"), rs.getString("comment"), rs.getString("reviewed_by"),
				reviewed == null ? null : reviewed.toInstant(), rs.getInt("version"));
	}

	private static EvaluationRound round(ResultSet rs) throws SQLException {
		Timestamp finalised = rs.getTimestamp("finalised_at");
		return new EvaluationRound(rs.getInt("roc_year"), RoundStatus.valueOf(rs.getString("status")),
				rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(), rs.getString("finalised_by"),
				finalised == null ? null : finalised.toInstant(), rs.getInt("version"));
	}

	/** Months from the first day's month to the last day's, both included; 0 when the first is after the last. */
	static int months(LocalDate first, LocalDate last) {
		if (first.isAfter(last)) {
			return 0;
		}
		return (last.getYear() - first.getYear()) * 12 + last.getMonthValue() - first.getMonthValue() + 1;
	}

	private static String arrayText(Collection<Long> ids) {
		return ids == null ? "{}" : ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

}
