package tw.yankao.tracking.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.shared.db.EmbeddedPostgresServer;
import tw.yankao.tracking.ExecutionRate;

/**
 * Execution rates of every agency for one month over 3,000 tracked tenders with 120 months of
 * planned progress and reports each (360,000 of each), with the production query
 * ({@link ExecutionRates}); goal under 200 ms. Baseline, same run: the naive way, the same query
 * once per agency. Lives in the repository's package to use its package-private constructor.
 */
public final class ExecutionRateBenchmark {

	private static final int TENDERS = 3_000;
	private static final int MONTHS = 120;
	private static final int AGENCIES = 40;
	private static final int ROUNDS = 7;
	private static final YearMonth FIRST = YearMonth.of(2016, 1);

	public static void main(String[] args) throws Exception {
		// PostgreSQL may run as another user when the benchmark runs as root: it must enter the directory
		Path dir = Files.createTempDirectory("yankao-bench-tracking",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(dir.resolve("pg"), 0);
				HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setJdbcUrl(server.jdbcUrl("yankao"));
			dataSource.setUsername("postgres");
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			generate(jdbc);
			ExecutionRates rates = new ExecutionRates(jdbc);
			YearMonth month = FIRST.plusMonths(MONTHS / 2);
			long items = count(jdbc, "tracking_items");
			long reports = count(jdbc, "tracking_progress_reports");
			long planned = count(jdbc, "tracking_planned_progress");
			System.out.printf("BENCH tracking rows items=%d planned_months=%d reports=%d agencies=%d month=%s%n", items,
					planned, reports, AGENCIES, month);
			List<ExecutionRate> result = rates.of(month, null, null);
			double median = median(() -> rates.of(month, null, null));
			System.out.printf("BENCH tracking execution-rates %.1f ms (%d agencies, %d items tracked)%n", median,
					result.size(), ExecutionRate.city(result).tracked());
			double naive = median(() -> {
				for (long agency = 1; agency <= AGENCIES; agency++) {
					rates.of(month, null, Set.of(agency));
				}
			});
			System.out.printf("BENCH tracking execution-rates_baseline_per_agency_loop %.1f ms%n", naive);
		}
		finally {
			try (var paths = Files.walk(dir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** Deterministic data straight in SQL: setseed fixes random() for the session. */
	private static void generate(JdbcClient jdbc) {
		jdbc.sql("select setseed(0.42)").query((rs, n) -> 0).list();
		jdbc.sql("""
				insert into tracking_items (item_type, item_number, title, owner_agency_id, control_level, responsible_people,
				                            start_date, end_date, budget_total, budget_this_year, status, updated_at)
				select 'TENDER', 'B-' || g, '標案 ' || g, 1 + g % :agencies, 'CITY', '承辦', date '2016-01-01',
				       date '2025-12-31', 1000000 + (random() * 1e8)::int, 1000000, 'TRACKED', now()
				  from generate_series(1, :tenders) g""").param("agencies", AGENCIES).param("tenders", TENDERS).update();
		jdbc.sql("""
				insert into tracking_planned_progress (item_id, month, planned_percent)
				select i.id, date '2016-01-01' + make_interval(months => m), round((m + 1) * 100.0 / :months, 2)
				  from tracking_items i, generate_series(0, :months - 1) m""").param("months", MONTHS).update();
		jdbc.sql("""
				insert into tracking_progress_reports (item_id, month, actual_percent, planned_percent, lag_points, lag_class,
				                                       submitted_at, late)
				select p.item_id, p.month, greatest(0, p.planned_percent - d.lag), p.planned_percent, -d.lag,
				       case when d.lag >= 10 then 'SERIOUSLY_BEHIND' when d.lag > 0 then 'BEHIND'
				            when random() < 0.3 then 'AHEAD' else 'ON_SCHEDULE' end, now(), false
				  from tracking_planned_progress p
				  cross join lateral (select case when random() < 0.9 then 0 else round((random() * 25)::numeric, 2) end as lag) d
				""").update();
		jdbc.sql("analyze").update();
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static double median(Runnable run) {
		run.run();
		long[] nanos = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			run.run();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos[ROUNDS / 2] / 1e6;
	}

}
