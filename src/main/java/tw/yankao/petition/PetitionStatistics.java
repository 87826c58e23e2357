package tw.yankao.petition;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.shared.time.RocDates;

/**
 * Aggregates over the cases for analytics and open data, so that no other module reads petition's
 * tables. Days and months are Taipei calendar days; no personal data leaves. Cases without a district
 * count under an empty district.
 */
@Service
public class PetitionStatistics {

	/** Upper bounds, in hours, of the handling-time buckets; the last bucket is open-ended. */
	public static final int[] HANDLING_HOURS = { 1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 336, 480, 720 };

	private static final String DAY = "((%s) at time zone 'Asia/Taipei')::date";

	private static final String BUCKETS = "array[1,2,4,8,12,24,48,72,120,168,240,336,480,720]::double precision[]";

	private static final String RECEIVED = """
			select %s as day, agency_id, category, district, channel, count(*) as n
			  from petition_case
			 where received_at >= :from and received_at < :to
			 group by 1, 2, 3, 4, 5""".formatted(DAY.formatted("received_at"));

	private static final String CLOSED = """
			select %s as day, agency_id, category, district, channel,
			       width_bucket(extract(epoch from closed_at - received_at) / 3600, %s) as bucket,
			       count(*) as n, count(*) filter (where closed_at <= deadline) as on_time,
			       sum(extract(epoch from closed_at - received_at))::bigint as seconds
			  from petition_case
			 where closed_at >= :from and closed_at < :to and status = 'CLOSED'
			 group by 1, 2, 3, 4, 5, 6""".formatted(DAY.formatted("closed_at"), BUCKETS);

	// a transfer or return counts for the agency the case left: the step before it names that one
	private static final String STEPS = """
			select %s as day,
			       case when s.step = 'REOPEN' then s.agency_id
			            else (select p.agency_id from petition_case_step p
			                   where p.case_id = s.case_id and (p.at, p.id) < (s.at, s.id)
			                   order by p.at desc, p.id desc limit 1) end as agency_id,
			       c.category, c.district, c.channel,
			       count(*) filter (where s.step = 'RETURN') as returns,
			       count(*) filter (where s.step = 'TRANSFER') as transfers,
			       count(*) filter (where s.step = 'REOPEN') as reopens
			  from petition_case_step s join petition_case c on c.id = s.case_id
			 where s.at >= :from and s.at < :to and s.step in ('RETURN', 'TRANSFER', 'REOPEN')
			 group by 1, 2, 3, 4, 5""".formatted(DAY.formatted("s.at"));

	private final JdbcClient jdbc;

	PetitionStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The facts of every day from {@code from} to {@code to}, both included; combinations with nothing are left out. */
	@Transactional(readOnly = true)
	public List<DailyFact> dailyFacts(LocalDate from, LocalDate to) {
		Map<String, Object> range = Map.of("from", start(from), "to", start(to.plusDays(1)));
		Map<Key, Tally> tallies = new LinkedHashMap<>();
		jdbc.sql(RECEIVED).params(range).query(rs -> {
			tally(tallies, Key.of(rs)).received += rs.getInt("n");
		});
		jdbc.sql(CLOSED).params(range).query(rs -> {
			Tally t = tally(tallies, Key.of(rs));
			int n = rs.getInt("n");
			t.closed += n;
			t.onTime += rs.getInt("on_time");
			t.seconds += rs.getLong("seconds");
			t.histogram[rs.getInt("bucket")] += n;
		});
		jdbc.sql(STEPS).params(range).query(rs -> {
			Tally t = tally(tallies, Key.of(rs));
			t.returns += rs.getInt("returns");
			t.transfers += rs.getInt("transfers");
			t.reopens += rs.getInt("reopens");
		});
		List<DailyFact> facts = new ArrayList<>(tallies.size());
		tallies.forEach((k, t) -> facts.add(new DailyFact(k.day, k.agencyId, k.category, k.district, k.channel,
				t.received, t.closed, t.onTime, t.seconds, t.histogram, t.returns, t.transfers, t.reopens)));
		return facts;
	}

	/** The days whose facts this case takes part in: its receipt and every step of its history. */
	@Transactional(readOnly = true)
	public Set<LocalDate> daysOf(CaseNumber number) {
		return new TreeSet<>(jdbc.sql("""
				select %s from petition_case where number = :number
				union
				select %s from petition_case_step s join petition_case c on c.id = s.case_id where c.number = :number"""
			.formatted(DAY.formatted("received_at"), DAY.formatted("s.at")))
			.param("number", number.value())
			.query(LocalDate.class)
			.list());
	}

	/** The first and last day anything happened to a case, or empty when there are no cases. */
	@Transactional(readOnly = true)
	public Optional<LocalDate[]> span() {
		return jdbc.sql("select min(received_at), greatest(max(received_at), max(closed_at)) from petition_case")
			.query((rs, row) -> rs.getTimestamp(1) == null ? null
					: new LocalDate[] { day(rs.getTimestamp(1)), day(rs.getTimestamp(2)) })
			.optional();
	}

	/**
	 * The cases open after their deadline at {@code at}, longest overdue first.
	 * @param agencies only these agencies, or null for all
	 */
	@Transactional(readOnly = true)
	public List<OverdueCase> overdueAt(Instant at, Collection<Long> agencies, int limit) {
		return jdbc.sql("""
				select number, category, district, agency_id, received_at, deadline, closed_at
				  from petition_case
				 where received_at < :at and deadline < :at and (closed_at is null or closed_at > :at)
				   and (:all or agency_id in (:agencies))
				 order by deadline, id limit :limit""")
			.param("at", Timestamp.from(at))
			.param("all", agencies == null)
			.param("agencies", agencies == null || agencies.isEmpty() ? List.of(-1L) : agencies)
			.param("limit", limit)
			.query((rs, row) -> new OverdueCase(new CaseNumber(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getObject(4, Long.class), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
			.list();
	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(RocDates.ZONE).toInstant());
	}

	private static LocalDate day(Timestamp t) {
		return t.toInstant().atZone(RocDates.ZONE).toLocalDate();
	}

	private static Tally tally(Map<Key, Tally> tallies, Key key) {
		return tallies.computeIfAbsent(key, k -> new Tally());
	}

	private record Key(LocalDate day, Long agencyId, String category, String district, Channel channel) {

		static Key of(java.sql.ResultSet rs) throws java.sql.SQLException {
			return new Key(rs.getObject("day", LocalDate.class), rs.getObject("agency_id", Long.class),
					rs.getString("category"), rs.getString("district"), Channel.valueOf(rs.getString("channel")));
		}
	}

	private static final class Tally {
		int received;
		int closed;
		int onTime;
		long seconds;
		final int[] histogram = new int[HANDLING_HOURS.length + 1];
		int returns;
		int transfers;
		int reopens;
	}

	/**
	 * @param district the district, or null when the case named none
	 * @param category the sub-category code of the city profile
	 * @param received cases received in the month
	 * @param closed of them closed by now
	 * @param closedInTime of them closed by their deadline
	 */
	public record MonthlyCount(String district, String category, CaseKind kind, long received, long closed, long closedInTime) {
	}

	/** The month's counts (months in Taipei time), by district then category. */
	@Transactional(readOnly = true)
	public List<MonthlyCount> monthly(YearMonth month) {
		return jdbc.sql("""
				select district, category, kind, count(*) as received, count(closed_at) as closed,
				  count(*) filter (where closed_at <= deadline) as in_time
				from petition_case
				where received_at >= :from and received_at < :to
				group by district, category, kind
				order by district nulls last, category, kind""")
			.param("from", Timestamp.from(month.atDay(1).atStartOfDay(RocDates.ZONE).toInstant()))
			.param("to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(RocDates.ZONE).toInstant()))
			.query((rs, n) -> new MonthlyCount(rs.getString("district"), rs.getString("category"),
					CaseKind.valueOf(rs.getString("kind")), rs.getLong("received"), rs.getLong("closed"), rs.getLong("in_time")))
			.list();
	}

}
