package tw.yankao.tracking.documents;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.AgencyScope;
import tw.yankao.shared.profile.DocumentRules;
import tw.yankao.shared.time.RocDates;

/**
 * Document timeliness per agency and month, counted in SQL over the documents received in the
 * month, limited to the agencies the current user sees. A document is overdue when it was closed
 * after its due date, or is still open after it on the day of asking.
 */
@Service
@Transactional(readOnly = true)
public class DocumentTimeliness {

	/** The months a trend shows, the asked month last. */
	public static final int TREND_MONTHS = 12;

	private static final String OVERDUE = "(closed_on > due_on or (closed_on is null and due_on < :asOf))";

	private final JdbcClient jdbc;
	private final AgencyScope scope;
	private final DocumentRules rules;
	private final Clock clock;

	DocumentTimeliness(JdbcClient jdbc, AgencyScope scope, DueDates dueDates, Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.rules = dueDates.rules();
		this.clock = clock;
	}

	/**
	 * The month's ranking, limited to the agencies the current user sees; each keeps its place in
	 * the city's ranking, so that an agency sees where it stands.
	 */
	public MonthlyRanking ranking(YearMonth month) {
		LocalDate asOf = today();
		Map<Long, List<CategoryRow>> byAgency = new LinkedHashMap<>();
		query("""
				select agency_id, category, count(*) as received, count(closed_on) as closed,
				  count(*) filter (where %s) as overdue,
				  count(*) filter (where closed_on <= due_on) as on_time,
				  coalesce(sum(closed_on - received_on), 0) as days
				from tracking_document
				where received_on >= :from and received_on < :to
				group by agency_id, category""".formatted(OVERDUE), month, month.plusMonths(1), asOf, false)
			.query(DocumentTimeliness::categoryRow)
			.list()
			.forEach(row -> byAgency.computeIfAbsent(row.agencyId(), id -> new ArrayList<>()).add(row));
		List<AgencyTimeliness> agencies = byAgency.entrySet().stream()
			.map(e -> agency(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(AgencyTimeliness::overduePercent).reversed()
				.thenComparing(Comparator.comparingInt(AgencyTimeliness::overdue).reversed())
				.thenComparingLong(AgencyTimeliness::agencyId))
			.toList();
		List<AgencyTimeliness> visible = new ArrayList<>();
		for (int i = 0; i < agencies.size(); i++) {
			if (scope.canAccess(agencies.get(i).agencyId())) {
				visible.add(agencies.get(i).ranked(i + 1));
			}
		}
		return new MonthlyRanking(month, asOf, rules.overdueReportLinePercent(), agencies.size(), visible);
	}

	/** One agency's line of the month's ranking, if it received documents and the user sees it. */
	public Optional<AgencyTimeliness> ofAgency(long agencyId, YearMonth month) {
		return ranking(month).agencies().stream().filter(a -> a.agencyId() == agencyId).findFirst();
	}

	/** The {@link #TREND_MONTHS} months up to {@code last}, each with its totals (zero when empty). */
	public List<MonthTotals> trend(YearMonth last) {
		YearMonth first = last.minusMonths(TREND_MONTHS - 1);
		Map<YearMonth, MonthTotals> found = new LinkedHashMap<>();
		query("""
				select extract(year from received_on)::int as y, extract(month from received_on)::int as m,
				  count(*) as received, count(*) filter (where %s) as overdue, count(closed_on) as closed,
				  count(*) filter (where closed_on <= due_on) as on_time
				from tracking_document
				where received_on >= :from and received_on < :to %s
				group by 1, 2""".formatted(OVERDUE, scopeCondition()), first, last.plusMonths(1), today(), true)
			.query((rs, n) -> new MonthTotals(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getInt("received"),
					rs.getInt("overdue"), rs.getInt("closed"), rs.getInt("on_time")))
			.list()
			.forEach(t -> found.put(t.month(), t));
		List<MonthTotals> trend = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			trend.add(found.getOrDefault(m, new MonthTotals(m, 0, 0, 0, 0)));
		}
		return trend;
	}

	/**
	 * Documents of the agencies received from {@code from} to {@code to} (both included) that were
	 * closed, and of them those closed on time; not limited to the current user's scope, for jobs
	 * such as the plan module's metric refresh.
	 * @return {closed, closed on time}
	 */
	int[] closedOnTime(Set<Long> agencyIds, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(closed_on) as closed, count(*) filter (where closed_on <= due_on) as on_time
				from tracking_document
				where received_on >= :from and received_on <= :to and agency_id in (:agencies)""")
			.param("from", from)
			.param("to", to)
			.param("agencies", agencyIds)
			.query((rs, n) -> new int[] { rs.getInt("closed"), rs.getInt("on_time") })
			.single();
	}

	/** Today in the city's time zone: the day open documents are judged on. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(RocDates.ZONE));
	}

	private JdbcClient.StatementSpec query(String sql, YearMonth from, YearMonth to, LocalDate asOf, boolean scoped) {
		JdbcClient.StatementSpec spec = jdbc.sql(sql)
			.param("from", from.atDay(1))
			.param("to", to.atDay(1))
			.param("asOf", asOf);
		Optional<Set<Long>> visible = scope.accessibleAgencies();
		return scoped && visible.isPresent() ? spec.param("agencies", visible.get().isEmpty() ? Set.of(-1L) : visible.get()) : spec;
	}

	private String scopeCondition() {
		return scope.accessibleAgencies().isPresent() ? "and agency_id in (:agencies)" : "";
	}

	private AgencyTimeliness agency(long agencyId, List<CategoryRow> rows) {
		Map<String, AgencyTimeliness.CategoryCount> byCategory = new LinkedHashMap<>();
		rules.categories().forEach(c -> byCategory.put(c.code(), new AgencyTimeliness.CategoryCount(0, 0)));
		int received = 0, closed = 0, overdue = 0, onTime = 0;
		long days = 0;
		for (CategoryRow row : rows) {
			byCategory.put(row.category(), new AgencyTimeliness.CategoryCount(row.received(), row.overdue()));
			received += row.received();
			closed += row.closed();
			overdue += row.overdue();
			onTime += row.onTime();
			days += row.days();
		}
		BigDecimal percent = AgencyTimeliness.percent(overdue, received);
		return new AgencyTimeliness(0, agencyId, received, closed, overdue, onTime, days, byCategory,
				percent.compareTo(rules.overdueReportLinePercent()) > 0);
	}

	private record CategoryRow(long agencyId, String category, int received, int closed, int overdue, int onTime,
			long days) {
	}

	private static CategoryRow categoryRow(ResultSet rs, int n) throws SQLException {
		return new CategoryRow(rs.getLong("agency_id"), rs.getString("category"), rs.getInt("received"),
				rs.getInt("closed"), rs.getInt("overdue"), rs.getInt("on_time"), rs.getLong("days"));
	}

}
