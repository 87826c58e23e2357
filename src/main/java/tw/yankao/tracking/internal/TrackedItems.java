package tw.yankao.tracking.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import tw.yankao.tracking.ControlLevel;
import tw.yankao.tracking.LagClass;
import tw.yankao.tracking.TrackedItemFilter;
import tw.yankao.tracking.TrackedItemSummary;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemEntry;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackedItemType;

/** Tracked items with their planned progress and checkpoints. */
@Repository
public class TrackedItems {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, item_type, item_number, title, owner_agency_id, co_agency_ids, control_level, responsible_people,
			start_date, end_date, budget_total, budget_this_year, status, details::text as details, version""";

	private final JdbcClient jdbc;

	TrackedItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<TrackedItem> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from tracking_items where id = ?").param(id)
			.query((rs, n) -> row(rs)).optional().map(this::complete);
	}

	/** The item with the number, if any: imports upsert by number. */
	public Optional<TrackedItem> findByNumber(String number) {
		return jdbc.sql("select " + COLUMNS + " from tracking_items where item_number = ?").param(number)
			.query((rs, n) -> row(rs)).optional().map(this::complete);
	}

	/**
	 * The items with these numbers, by number, with their planned progress and checkpoints, locked
	 * until the end of the transaction so that an import's checks still hold when it writes.
	 */
	public Map<String, TrackedItem> lockByNumbers(Collection<String> numbers) {
		if (numbers.isEmpty()) {
			return Map.of();
		}
		List<TrackedItem> found = jdbc.sql("select " + COLUMNS + " from tracking_items where item_number = any(?) for update")
			.param(numbers.toArray(String[]::new)).query((rs, n) -> row(rs)).list();
		String ids = arrayText(found.stream().map(TrackedItem::id).toList());
		Map<Long, TreeMap<YearMonth, BigDecimal>> planned = new HashMap<>();
		Map<Long, TreeMap<YearMonth, BigDecimal>> spending = new HashMap<>();
		jdbc.sql("""
				select item_id, month, planned_percent, planned_spending from tracking_planned_progress
				 where item_id = any(cast(? as bigint[]))""")
			.param(ids)
			.query(rs -> {
				YearMonth month = YearMonth.from(rs.getDate(2).toLocalDate());
				planned.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>()).put(month, rs.getBigDecimal(3));
				if (rs.getBigDecimal(4) != null) {
					spending.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>()).put(month, rs.getBigDecimal(4));
				}
			});
		Map<Long, List<TrackedItem.Checkpoint>> checkpoints = new HashMap<>();
		jdbc.sql("""
				select item_id, name, planned_date, actual_date from tracking_checkpoints
				 where item_id = any(cast(? as bigint[])) order by item_id, position""")
			.param(ids)
			.query(rs -> {
				checkpoints.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(
						new TrackedItem.Checkpoint(rs.getString(2), rs.getDate(3).toLocalDate(), date(rs.getDate(4))));
			});
		Map<String, TrackedItem> byNumber = new HashMap<>();
		for (TrackedItem item : found) {
			byNumber.put(item.number(), new TrackedItem(item.id(), item.type(), item.number(), item.title(),
					item.ownerAgencyId(), item.coAgencyIds(), item.controlLevel(), item.responsiblePeople(), item.startDate(),
					item.endDate(), item.budgetTotal(), item.budgetThisYear(), item.status(), item.details(),
					planned.getOrDefault(item.id(), new TreeMap<>()), checkpoints.getOrDefault(item.id(), List.of()),
					spending.getOrDefault(item.id(), new TreeMap<>()), List.of(),
					item.version()));
		}
		return byNumber;
	}

	public boolean numberTaken(String number, long exceptId) {
		return jdbc.sql("select count(*) from tracking_items where item_number = ? and id <> ?")
			.params(number, exceptId).query(Long.class).single() > 0;
	}

	public long insert(TrackedItemEntry entry, Instant now) {
		long id = jdbc.sql("""
				insert into tracking_items (item_type, item_number, title, owner_agency_id, co_agency_ids, control_level,
				                            responsible_people, start_date, end_date, budget_total, budget_this_year,
				                            status, details, updated_at)
				values (:type, :number, :title, :owner, cast(:co as bigint[]), :level, :people, :start, :end, :total,
				        :thisYear, :status, cast(:details as jsonb), :now)
				returning id""").params(params(entry, now)).query(Long.class).single();
		writeChildren(id, entry);
		return id;
	}

	/** @return false when the item is not at {@code version} */
	public boolean update(long id, int version, TrackedItemEntry entry, Instant now) {
		Map<String, Object> params = params(entry, now);
		params.put("id", id);
		params.put("version", version);
		int changed = jdbc.sql("""
				update tracking_items
				   set item_type = :type, item_number = :number, title = :title, owner_agency_id = :owner,
				       co_agency_ids = cast(:co as bigint[]), control_level = :level, responsible_people = :people,
				       start_date = :start, end_date = :end, budget_total = :total, budget_this_year = :thisYear,
				       status = :status, details = cast(:details as jsonb), updated_at = :now, version = version + 1
				 where id = :id and version = :version""").params(params).update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql("delete from tracking_planned_progress where item_id = ?").param(id).update();
		jdbc.sql("delete from tracking_checkpoints where item_id = ?").param(id).update();
		jdbc.sql("delete from tracking_item_indicators where item_id = ?").param(id).update();
		writeChildren(id, entry);
		return true;
	}

	/** @return false when the item is not at {@code version} */
	public boolean changeStatus(long id, int version, TrackedItemStatus status, Instant now) {
		return jdbc.sql("""
				update tracking_items set status = ?, updated_at = ?, version = version + 1
				 where id = ? and version = ?""")
			.params(status.name(), Timestamp.from(now), id, version).update() == 1;
	}

	/**
	 * Items of the agencies (all when {@code agencyIds} is null) owned by one of {@code owners}
	 * (any when null) that match the filter, newest first, {@code limit} from {@code offset}; see
	 * {@link TrackedItemFilter} for how lag classes are matched.
	 */
	public List<TrackedItemSummary> list(List<Long> agencyIds, List<Long> owners, TrackedItemFilter filter, long offset,
			int limit) {
		return bind(jdbc.sql("select i.id, i.item_type, i.item_number, i.title, i.owner_agency_id, i.status, r.month, r.lag_class "
				+ MATCHING + " order by i.id desc offset :offset limit :limit"), agencyIds, owners, filter)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new TrackedItemSummary(rs.getLong("id"), TrackedItemType.valueOf(rs.getString("item_type")),
					rs.getString("item_number"), rs.getString("title"), rs.getLong("owner_agency_id"),
					TrackedItemStatus.valueOf(rs.getString("status")),
					rs.getDate("month") == null ? null : YearMonth.from(rs.getDate("month").toLocalDate()),
					rs.getString("lag_class") == null ? null : LagClass.valueOf(rs.getString("lag_class"))))
			.list();
	}

	/** How many items {@link #list} would give without offset and limit. */
	public long count(List<Long> agencyIds, List<Long> owners, TrackedItemFilter filter) {
		return bind(jdbc.sql("select count(*) " + MATCHING), agencyIds, owners, filter).query(Long.class).single();
	}

	/** The items matching the filter, each with its report of the month or its latest report. */
	private static final String MATCHING = """
			  from tracking_items i
			  left join lateral (select month, lag_class from tracking_progress_reports p
			                      where p.item_id = i.id and (cast(:month as date) is null or p.month = :month)
			                      order by p.month desc limit 1) r on true
			 where (cast(:all as boolean) or i.owner_agency_id = any(cast(:agencies as bigint[])))
			   and (cast(:agency as text) is null or i.owner_agency_id = any(cast(:agency as bigint[])))
			   and (cast(:type as text) is null or i.item_type = :type)
			   and (cast(:status as text) is null or i.status = :status)
			   and (cast(:month as date) is null or i.start_date <= :monthEnd)
			   and (cast(:lag as text) is null or r.lag_class = :lag
			        or (:lag = 'BEHIND' and r.month is null and cast(:month as date) is not null))""";

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, List<Long> agencyIds, List<Long> owners,
			TrackedItemFilter filter) {
		return sql.param("all", agencyIds == null)
			.param("agencies", arrayText(agencyIds == null ? List.of() : agencyIds))
			.param("agency", owners == null ? null : arrayText(owners))
			.param("type", filter.type() == null ? null : filter.type().name())
			.param("status", filter.status() == null ? null : filter.status().name())
			.param("lag", filter.lagClass() == null ? null : filter.lagClass().name())
			.param("month", filter.month() == null ? null : Date.valueOf(filter.month().atDay(1)))
			.param("monthEnd", filter.month() == null ? null : Date.valueOf(filter.month().atEndOfMonth()));
	}

	private void writeChildren(long id, TrackedItemEntry entry) {
		for (Map.Entry<YearMonth, BigDecimal> month : entry.planned().entrySet()) {
			jdbc.sql("insert into tracking_planned_progress (item_id, month, planned_percent, planned_spending) values (?, ?, ?, ?)")
				.params(id, Date.valueOf(month.getKey().atDay(1)), month.getValue(), entry.spending().get(month.getKey()))
				.update();
		}
		for (Long indicator : new java.util.LinkedHashSet<>(entry.indicators())) {
			jdbc.sql("insert into tracking_item_indicators (item_id, indicator_id) values (?, ?)").params(id, indicator).update();
		}
		int position = 0;
		for (TrackedItem.Checkpoint checkpoint : entry.checkpointList()) {
			jdbc.sql("""
					insert into tracking_checkpoints (item_id, position, name, planned_date, actual_date)
					values (?, ?, ?, ?, ?)""")
				.params(id, position++, checkpoint.name().strip(), Date.valueOf(checkpoint.plannedDate()),
						checkpoint.actualDate() == null ? null : Date.valueOf(checkpoint.actualDate()))
				.update();
		}
	}

	private TrackedItem complete(TrackedItem item) {
		TreeMap<YearMonth, BigDecimal> planned = new TreeMap<>();
		TreeMap<YearMonth, BigDecimal> spending = new TreeMap<>();
		jdbc.sql("select month, planned_percent, planned_spending from tracking_planned_progress where item_id = ? order by month")
			.param(item.id())
			.query(rs -> {
				YearMonth month = YearMonth.from(rs.getDate(1).toLocalDate());
				planned.put(month, rs.getBigDecimal(2));
				if (rs.getBigDecimal(3) != null) {
					spending.put(month, rs.getBigDecimal(3));
				}
			});
		List<TrackedItem.Checkpoint> checkpoints = jdbc.sql("""
				select name, planned_date, actual_date from tracking_checkpoints where item_id = ? order by position""")
			.param(item.id())
			.query((rs, n) -> new TrackedItem.Checkpoint(rs.getString(1), rs.getDate(2).toLocalDate(),
					date(rs.getDate(3))))
			.list();
		List<Long> indicators = jdbc.sql("select indicator_id from tracking_item_indicators where item_id = ? order by indicator_id")
			.param(item.id())
			.query(Long.class)
			.list();
		return new TrackedItem(item.id(), item.type(), item.number(), item.title(), item.ownerAgencyId(),
				item.coAgencyIds(), item.controlLevel(), item.responsiblePeople(), item.startDate(), item.endDate(),
				item.budgetTotal(), item.budgetThisYear(), item.status(), item.details(), planned, checkpoints, spending, indicators,
				item.version());
	}

	private static Map<String, Object> params(TrackedItemEntry entry, Instant now) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("type", entry.type().name());
		params.put("number", entry.number().strip());
		params.put("title", entry.title().strip());
		params.put("owner", entry.ownerAgencyId());
		params.put("co", arrayText(entry.coAgencies()));
		params.put("level", entry.controlLevel().name());
		params.put("people", entry.responsiblePeople().strip());
		params.put("start", Date.valueOf(entry.startDate()));
		params.put("end", Date.valueOf(entry.endDate()));
		params.put("total", entry.budgetTotal() == null ? BigDecimal.ZERO : entry.budgetTotal());
		params.put("thisYear", entry.budgetThisYear() == null ? BigDecimal.ZERO : entry.budgetThisYear());
		params.put("status", entry.status().name());
		params.put("details", JSON.writeValueAsString(entry.detailFields()));
		params.put("now", Timestamp.from(now));
		return params;
	}

	static String arrayText(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	private static TrackedItem row(ResultSet rs) throws SQLException {
		Array co = rs.getArray("co_agency_ids");
		List<Long> coIds = Arrays.stream((Object[]) co.getArray()).map(o -> ((Number) o).longValue()).toList();
		return new TrackedItem(rs.getLong("id"), TrackedItemType.valueOf(rs.getString("item_type")),
				rs.getString("item_number"), rs.getString("title"), rs.getLong("owner_agency_id"), coIds,
				ControlLevel.valueOf(rs.getString("control_level")), rs.getString("responsible_people"),
				rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
				rs.getBigDecimal("budget_total"), rs.getBigDecimal("budget_this_year"),
				TrackedItemStatus.valueOf(rs.getString("status")), JSON.readValue(rs.getString("details"), DETAILS),
				new TreeMap<>(), List.of(), new TreeMap<>(), List.of(), rs.getInt("version"));
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
