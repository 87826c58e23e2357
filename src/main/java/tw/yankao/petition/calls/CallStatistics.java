package tw.yankao.petition.calls;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tw.yankao.shared.profile.CallCentreRules;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.time.RocDates;

/**
 * The 1999 line's service levels from the stored call records, per day, month and hour of day,
 * judged by the city profile's {@code callCentre} rules (see {@link CallCounts} for the
 * definitions). Part of petition's public API (named interface {@code calls}): a plan-side
 * {@code MetricProvider} can bind {@link #answeredInTimePercent(YearMonth)} to an indicator.
 */
@Service
public class CallStatistics {

	private static final String COUNTS = """
			count(*) as offered,
			count(answered_at) as answered,
			count(*) filter (where answered_at <= started_at + make_interval(secs => :seconds)) as in_time,
			count(*) filter (where abandoned) as abandoned""";

	private final JdbcClient jdbc;
	private final CallCentreRules rules;
	private final Clock clock;

	CallStatistics(JdbcClient jdbc, CityProfile profile, Clock clock) {
		this.jdbc = jdbc;
		this.rules = profile.callCentre();
		this.clock = clock;
	}

	/** The month's answer-in-time rate in percent (one decimal); empty for a month without calls. */
	public Optional<BigDecimal> answeredInTimePercent(YearMonth month) {
		return Optional.ofNullable(month(month).total().answeredInTimePercent());
	}

	/** The month's calls per day and per hour of day, with its totals. */
	public CallMonth month(YearMonth month) {
		Map<LocalDate, CallCounts> byDay = new HashMap<>();
		jdbc.sql("select started_at::date as day, " + COUNTS + """
				 from petition_call where started_at >= :from and started_at < :to
				group by 1""")
			.params(params(month))
			.query(rs -> {
				byDay.put(rs.getObject("day", LocalDate.class), counts(rs));
			});
		Map<Integer, CallCounts> byHour = new HashMap<>();
		jdbc.sql("select extract(hour from started_at)::int as hour, " + COUNTS + """
				 from petition_call where started_at >= :from and started_at < :to
				group by 1""")
			.params(params(month))
			.query(rs -> {
				byHour.put(rs.getInt("hour"), counts(rs));
			});
		List<CallMonth.Day> days = new ArrayList<>();
		for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			days.add(new CallMonth.Day(day, byDay.getOrDefault(day, CallCounts.NONE)));
		}
		List<CallMonth.Hour> hours = new ArrayList<>();
		for (int hour = 0; hour < 24; hour++) {
			hours.add(new CallMonth.Hour(hour, byHour.getOrDefault(hour, CallCounts.NONE)));
		}
		CallCounts total = days.stream().map(CallMonth.Day::counts).reduce(CallCounts.NONE, CallStatistics::sum);
		return new CallMonth(month, rules.answerWithinSeconds(), rules.answeredInTimeTargetPercent(), total, days, hours);
	}

	/** The months with call records, latest first. */
	public List<YearMonth> months() {
		return jdbc.sql("select distinct to_char(started_at, 'YYYY-MM') as month from petition_call order by 1 desc")
			.query((rs, n) -> YearMonth.parse(rs.getString("month")))
			.list();
	}

	/** Today in the city's time zone. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(RocDates.ZONE));
	}

	private Map<String, Object> params(YearMonth month) {
		return Map.of("from", month.atDay(1).atStartOfDay(), "to", month.plusMonths(1).atDay(1).atStartOfDay(),
				"seconds", rules.answerWithinSeconds());
	}

	private static CallCounts counts(ResultSet rs) throws SQLException {
		return new CallCounts(rs.getLong("offered"), rs.getLong("answered"), rs.getLong("in_time"), rs.getLong("abandoned"));
	}

	private static CallCounts sum(CallCounts a, CallCounts b) {
		return new CallCounts(a.offered() + b.offered(), a.answered() + b.answered(),
				a.answeredInTime() + b.answeredInTime(), a.abandoned() + b.abandoned());
	}

}
