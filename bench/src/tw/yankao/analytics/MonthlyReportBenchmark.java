package tw.yankao.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import tw.yankao.YankaoApplication;
import tw.yankao.analytics.rollup.RollupMaintenance;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.shared.security.Role;

/**
 * The city's monthly report over N synthetic cases (default 1,000,000; the issue asks 5,000,000,
 * which this machine's disk and time do not allow) spread over five years in 20 agencies, with
 * 5 % returned, transferred or reopened. Measured: the report from the roll-ups (goal under 2 s),
 * against the same-run baseline of the same figures by plain SQL aggregation over the raw table;
 * and the full roll-up rebuild.
 */
public final class MonthlyReportBenchmark {

	private static final YearMonth MONTH = YearMonth.of(2025, 6);

	public static void main(String[] args) throws Exception {
		int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path dir = Files.createTempDirectory("yankao-bench-analytics",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(YankaoApplication.class)
			.web(WebApplicationType.NONE)
			.run("--yankao.data-dir=" + dir, "--yankao.demo=false", "--yankao.mode=command", "--logging.level.root=WARN")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			long start = System.nanoTime();
			generate(jdbc, cases);
			System.out.printf("BENCH analytics-monthly generate %.1f s (%d cases)%n", (System.nanoTime() - start) / 1e9, cases);
			start = System.nanoTime();
			app.getBean(RollupMaintenance.class).rebuild();
			long rows = jdbc.sql("select count(*) from analytics_daily_rollup").query(Long.class).single();
			System.out.printf("BENCH analytics-monthly rebuild %.1f s (%d roll-up rows)%n", (System.nanoTime() - start) / 1e9, rows);

			signInAsRdec();
			MonthlyReports reports = app.getBean(MonthlyReports.class);
			double[] fromRollups = new double[5];
			MonthlyReport report = null;
			for (int i = 0; i < fromRollups.length; i++) {
				start = System.nanoTime();
				report = reports.report(MONTH, null);
				fromRollups[i] = (System.nanoTime() - start) / 1e6;
			}
			double[] raw = new double[5];
			long rawReceived = 0;
			for (int i = 0; i < raw.length; i++) {
				start = System.nanoTime();
				rawReceived = rawAggregation(jdbc);
				raw[i] = (System.nanoTime() - start) / 1e6;
			}
			System.out.printf("BENCH analytics-monthly report_city_from_rollups %.0f ms (median of 5, first %.0f ms; %d received, %d closed)%n",
					median(fromRollups), fromRollups[0], report.current().received(), report.current().closed());
			System.out.printf("BENCH analytics-monthly report_city_raw_sql_baseline %.0f ms (median of 5; %d received)%n",
					median(raw), rawReceived);
			if (rawReceived != report.current().received()) {
				throw new IllegalStateException("the roll-ups disagree with the raw table: " + rawReceived);
			}
		}
		finally {
			try (var paths = Files.walk(dir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static void signInAsRdec() {
		SignedInUser user = new SignedInUser(new CurrentUser(1, "bench", null, Set.of(Role.RDEC_STAFF)), "Bench");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static void generate(JdbcClient jdbc, int cases) {
		long city = jdbc.sql("""
				insert into agency (code, kind, name_zh, name_en, active_from)
				values ('B-CITY', 'CITY', '測試市政府', 'Bench City', date '2000-01-01') returning id""")
			.query(Long.class).single();
		jdbc.sql("""
				insert into agency (code, parent_id, kind, name_zh, name_en, active_from)
				select 'B-' || g, :city, 'FIRST_LEVEL', '局 ' || g, 'Bureau ' || g, date '2000-01-01' from generate_series(1, 20) g""")
			.param("city", city).update();
		// five years from 2021; 90 % closed within 0–200 hours, deadline 72 hours after receipt
		jdbc.sql("""
				insert into petition_case (number, kind, channel, category, description, district, anonymous, reply_channel,
				                           language, received_at, deadline, status, agency_id, closed_at)
				select 'B' || g, 'DISPATCH',
				       (array['PHONE_1999','WEB','EMAIL','MAYOR_MAILBOX','APP','WALK_IN','TRANSFER_IN','OPEN311'])[1 + g % 8],
				       (array['STREET_LIGHT','ROAD_DAMAGE','DRAINAGE','TRAFFIC_SIGNAL','ILLEGAL_PARKING','NOISE','GARBAGE',
				              'TREE','STRAY_ANIMAL','OTHER'])[1 + (g / 8) % 10],
				       '測試案件',
				       (array['中區','東區','南區','西區','北區','西屯區','南屯區','北屯區','豐原區','大里區','太平區','霧峰區'])[1 + (g / 80) % 12],
				       true, 'NONE', 'zh-TW', r, r + interval '72 hours',
				       case when g % 10 = 0 then 'IN_PROGRESS' else 'CLOSED' end,
				       a.id,
				       case when g % 10 = 0 then null else r + ((g::bigint * 7919) % 200) * interval '1 hour' end
				  from generate_series(1, :cases) g
				  cross join lateral (select timestamptz '2021-01-01 00:00+08' + (g::double precision / :cases) * interval '1826 days' as r) t
				  join agency a on a.code = 'B-' || (1 + g % 20)""").param("cases", cases).update();
		jdbc.sql("""
				insert into petition_case_step (case_id, step, from_status, to_status, agency_id, at)
				select id, 'RECEIVE', null, 'ASSIGNED', agency_id, received_at from petition_case""").update();
		jdbc.sql("""
				insert into petition_case_step (case_id, step, from_status, to_status, agency_id, at)
				select id, (array['RETURN','TRANSFER','REOPEN'])[1 + id % 3], 'ASSIGNED', 'ASSIGNED', agency_id,
				       received_at + interval '2 hours'
				  from petition_case where id % 20 = 0""").update();
		jdbc.sql("analyze").update();
	}

	/** The report's figures straight from the cases: what the roll-ups save. */
	private static long rawAggregation(JdbcClient jdbc) {
		ZoneId zone = ZoneId.of("Asia/Taipei");
		Timestamp[] bounds = new Timestamp[6];
		YearMonth[] months = { MONTH, MONTH.minusMonths(1), MONTH.minusYears(1) };
		for (int i = 0; i < 3; i++) {
			bounds[2 * i] = Timestamp.from(months[i].atDay(1).atStartOfDay(zone).toInstant());
			bounds[2 * i + 1] = Timestamp.from(months[i].plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
		}
		long received = 0;
		for (String key : new String[] { "channel", "category", "agency_id", "district" }) {
			received = jdbc.sql("""
					select %s, count(*) filter (where received_at >= :a and received_at < :b),
					       count(*) filter (where received_at >= :c and received_at < :d),
					       count(*) filter (where received_at >= :e and received_at < :f)
					  from petition_case
					 where (received_at >= :a and received_at < :b) or (received_at >= :c and received_at < :d)
					    or (received_at >= :e and received_at < :f)
					 group by 1""".formatted(key))
				.params(params(bounds))
				.query((rs, row) -> rs.getLong(2))
				.list().stream().mapToLong(Long::longValue).sum();
		}
		jdbc.sql("""
				select count(*), count(*) filter (where closed_at <= deadline), avg(extract(epoch from closed_at - received_at)),
				       percentile_cont(0.9) within group (order by extract(epoch from closed_at - received_at))
				  from petition_case where status = 'CLOSED' and closed_at >= :a and closed_at < :b""")
			.params(params(bounds)).query().singleRow();
		jdbc.sql("""
				select step, count(*) from petition_case_step
				 where at >= :a and at < :b and step in ('RETURN', 'TRANSFER', 'REOPEN') group by step""")
			.params(params(bounds)).query().listOfRows();
		return received;
	}

	private static java.util.Map<String, Object> params(Timestamp[] b) {
		return java.util.Map.of("a", b[0], "b", b[1], "c", b[2], "d", b[3], "e", b[4], "f", b[5]);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
