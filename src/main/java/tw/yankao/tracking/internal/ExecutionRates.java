package tw.yankao.tracking.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.tracking.ExecutionRate;
import tw.yankao.tracking.TrackedItemType;

/**
 * Execution rates by agency for a month in one aggregation: the month's reports carry their lag
 * class, so counting them per owner agency is all there is to do.
 */
@Repository
public class ExecutionRates {

	/**
	 * Items still tracked that had started by the month's end, with the month's report if any;
	 * optionally of one type and agency.
	 */
	private static final String BY_AGENCY = """
			select i.owner_agency_id,
			       count(*)                                                   as tracked,
			       count(*) filter (where r.lag_class = 'AHEAD')              as ahead,
			       count(*) filter (where r.lag_class = 'ON_SCHEDULE')        as on_schedule,
			       count(*) filter (where r.lag_class = 'BEHIND' or r.id is null) as behind,
			       count(*) filter (where r.lag_class = 'SERIOUSLY_BEHIND')   as seriously_behind
			  from tracking_items i
			  left join tracking_progress_reports r on r.item_id = i.id and r.month = :month
			 where i.status = 'TRACKED'
			   and i.start_date <= :monthEnd
			   and (cast(:type as text) is null or i.item_type = :type)
			   and (cast(:agencies as text) is null or i.owner_agency_id = any(cast(:agencies as bigint[])))
			 group by i.owner_agency_id
			 order by i.owner_agency_id""";

	private final JdbcClient jdbc;

	/** The latest month with any progress report, to open the pages on. */
	public java.util.Optional<YearMonth> latestReportedMonth() {
		return jdbc.sql("select max(month) from tracking_progress_reports").query((rs, n) -> rs.getDate(1))
			.optional().filter(java.util.Objects::nonNull).map(date -> YearMonth.from(date.toLocalDate()));
	}

	ExecutionRates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per agency with at least one item tracked in the month; {@code type} and {@code agencyIds}
	 * may be null for all.
	 */
	public List<ExecutionRate> of(YearMonth month, TrackedItemType type, Collection<Long> agencyIds) {
		return jdbc.sql(BY_AGENCY)
			.param("month", Date.valueOf(month.atDay(1)))
			.param("monthEnd", Date.valueOf(month.atEndOfMonth()))
			.param("type", type == null ? null : type.name())
			.param("agencies", agencyIds == null ? null : TrackedItems.arrayText(List.copyOf(agencyIds)))
			.query((rs, n) -> new ExecutionRate(rs.getLong("owner_agency_id"), rs.getLong("tracked"),
					rs.getLong("ahead"), rs.getLong("on_schedule"), rs.getLong("behind"),
					rs.getLong("seriously_behind")))
			.list();
	}

}
