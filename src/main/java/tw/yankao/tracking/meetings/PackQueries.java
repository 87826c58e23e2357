package tw.yankao.tracking.meetings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.tracking.LagClass;

/**
 * The rows a pack is made of, each list in one query over the month's reports (indexed by month)
 * rather than item by item: a city tracks thousands of items.
 */
@Repository
class PackQueries {

	private static final String ITEM_COLUMNS = """
			select i.id, i.item_number, i.title, i.owner_agency_id, r.lag_class, r.planned_percent, r.actual_percent,
			       r.lag_points, r.problems, r.countermeasures
			  from tracking_items i""";

	/** Items still tracked and started by the month's end, as the execution rate counts them. */
	private static final String TRACKED = " i.status = 'TRACKED' and i.start_date <= :monthEnd ";

	private static final String SERIOUSLY_BEHIND = ITEM_COLUMNS + """
			  join tracking_progress_reports r on r.item_id = i.id and r.month = :month
			 where""" + TRACKED + """
			   and r.lag_class = 'SERIOUSLY_BEHIND'
			 order by r.lag_points, i.item_number""";

	private static final String COORDINATION = ITEM_COLUMNS + """
			  join tracking_progress_reports r on r.item_id = i.id and r.month = :month
			 where""" + TRACKED + """
			   and r.needs_coordination
			 order by i.owner_agency_id, i.item_number""";

	/** Without a report an item counts as behind, as in the execution rate. */
	private static final String BEHIND = ITEM_COLUMNS + """
			  left join tracking_progress_reports r on r.item_id = i.id and r.month = :month
			 where""" + TRACKED + """
			   and i.owner_agency_id = any(cast(:agencies as bigint[]))
			   and (r.id is null or r.lag_class in ('BEHIND', 'SERIOUSLY_BEHIND'))
			 order by (r.lag_class = 'SERIOUSLY_BEHIND') desc nulls last, r.lag_points nulls last, i.item_number""";

	private static final String HISTORY = """
			select h.item_id, h.month, h.planned_percent, h.actual_percent, h.lag_points
			  from tracking_progress_reports r
			  join tracking_items i on i.id = r.item_id
			  join tracking_progress_reports h on h.item_id = r.item_id and h.month > :from and h.month <= :month
			 where r.month = :month and r.lag_class = 'SERIOUSLY_BEHIND' and""" + TRACKED + """
			 order by h.item_id, h.month""";

	private final JdbcClient jdbc;

	PackQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LaggingItem> seriouslyBehind(YearMonth month, LongFunction<String> agencyName) {
		return items(SERIOUSLY_BEHIND, month, null, agencyName);
	}

	List<LaggingItem> coordination(YearMonth month, LongFunction<String> agencyName) {
		return items(COORDINATION, month, null, agencyName);
	}

	List<LaggingItem> behind(YearMonth month, Collection<Long> agencies, LongFunction<String> agencyName) {
		return items(BEHIND, month, agencies, agencyName);
	}

	/** The seriously-behind items' reports of the {@code months} months up to and including the month. */
	Map<Long, List<MonthProgress>> history(YearMonth month, int months) {
		return jdbc.sql(HISTORY)
			.param("month", first(month))
			.param("monthEnd", Date.valueOf(month.atEndOfMonth()))
			.param("from", first(month.minusMonths(months)))
			.query((rs, n) -> new MonthProgress(rs.getLong("item_id"), YearMonth.from(rs.getDate("month").toLocalDate()),
					rs.getBigDecimal("planned_percent"), rs.getBigDecimal("actual_percent"), rs.getBigDecimal("lag_points")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(MonthProgress::itemId, LinkedHashMap::new, Collectors.toList()));
	}

	private List<LaggingItem> items(String sql, YearMonth month, Collection<Long> agencies,
			LongFunction<String> agencyName) {
		JdbcClient.StatementSpec statement = jdbc.sql(sql)
			.param("month", first(month))
			.param("monthEnd", Date.valueOf(month.atEndOfMonth()));
		if (agencies != null) {
			statement = statement.param("agencies",
					agencies.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
		}
		return statement.query((rs, n) -> item(rs, agencyName)).list();
	}

	private static LaggingItem item(ResultSet rs, LongFunction<String> agencyName) throws SQLException {
		String lagClass = rs.getString("lag_class");
		return new LaggingItem(rs.getLong("id"), rs.getString("item_number"), rs.getString("title"),
				agencyName.apply(rs.getLong("owner_agency_id")), lagClass == null ? null : LagClass.valueOf(lagClass),
				rs.getBigDecimal("planned_percent"), rs.getBigDecimal("actual_percent"), rs.getBigDecimal("lag_points"),
				rs.getString("problems"), rs.getString("countermeasures"));
	}

	private static Date first(YearMonth month) {
		return Date.valueOf(month.atDay(1));
	}

}
