package tw.yankao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.YankaoApplication;
import tw.yankao.petition.calls.CallImport;
import tw.yankao.petition.calls.CallStatistics;

/**
 * 100,000 1999 calls of one month imported from one CSV (goal: seconds), imported again (adds
 * nothing), then the month's statistics per day and hour (median of 7 after warm-up) against the
 * same-run baseline of reading the month's calls into Java and counting there. The argument is an
 * empty directory for the embedded PostgreSQL.
 */
public final class CallsBenchmark {

	private static final int CALLS = 100_000;
	private static final YearMonth MONTH = YearMonth.of(2004, 3);
	private static final int ROUNDS = 7;

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		try (ConfigurableApplicationContext context = new SpringApplication(YankaoApplication.class).run(
				"--yankao.db.embedded.data-dir=" + data.resolve("pg"), "--server.port=0", "--logging.level.root=WARN")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			CallImport callImport = context.getBean(CallImport.class);
			CallStatistics statistics = context.getBean(CallStatistics.class);
			byte[] csv = csv();

			long start = System.nanoTime();
			CallImport.Result first = callImport.importFile("bench.csv", csv);
			System.out.printf("BENCH calls import %d ms (%d rows, %d new, %.1f MB CSV)%n",
					(System.nanoTime() - start) / 1_000_000, first.rows(), first.created(), csv.length / 1e6);
			start = System.nanoTime();
			CallImport.Result again = callImport.importFile("bench.csv", csv);
			System.out.printf("BENCH calls reimport %d ms (%d new)%n", (System.nanoTime() - start) / 1_000_000, again.created());

			long[] sql = new long[ROUNDS];
			long[] java = new long[ROUNDS];
			for (int warm = 0; warm < 3; warm++) {
				statistics.month(MONTH);
				baseline(jdbc);
			}
			for (int i = 0; i < ROUNDS; i++) {
				long t = System.nanoTime();
				statistics.month(MONTH);
				sql[i] = System.nanoTime() - t;
				t = System.nanoTime();
				baseline(jdbc);
				java[i] = System.nanoTime() - t;
			}
			System.out.printf("BENCH calls month-statistics %.1f ms (median of %d)%n", median(sql), ROUNDS);
			System.out.printf("BENCH calls baseline-java-count %.1f ms (median of %d)%n", median(java), ROUNDS);
		}
	}

	/** Reads every call of the month into Java and counts offered and in time per day there. */
	private static long baseline(JdbcClient jdbc) {
		long[] inTime = new long[32];
		List<int[]> rows = jdbc.sql("""
				select extract(day from started_at)::int as day,
				       coalesce(extract(epoch from answered_at - started_at)::int, -1) as wait
				from petition_call where started_at >= :from and started_at < :to""")
			.param("from", MONTH.atDay(1).atStartOfDay())
			.param("to", MONTH.plusMonths(1).atDay(1).atStartOfDay())
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.list();
		for (int[] row : rows) {
			if (row[1] >= 0 && row[1] <= 20) {
				inTime[row[0]]++;
			}
		}
		return Arrays.stream(inTime).sum() + rows.size();
	}

	private static byte[] csv() {
		Random random = new Random(43);
		StringBuilder out = new StringBuilder("call_id,queue,start,answered,end,agent,abandoned\n");
		for (int i = 0; i < CALLS; i++) {
			LocalDateTime start = MONTH.atDay(1 + random.nextInt(MONTH.lengthOfMonth())).atTime(random.nextInt(24),
					random.nextInt(60), random.nextInt(60));
			double fate = random.nextDouble();
			boolean abandoned = fate >= 0.92;
			int wait = fate < 0.85 ? random.nextInt(21) : abandoned ? 2 + random.nextInt(89) : 21 + random.nextInt(120);
			LocalDateTime answered = abandoned ? null : start.plusSeconds(wait);
			LocalDateTime end = abandoned ? start.plusSeconds(wait) : answered.plusSeconds(60 + random.nextInt(420));
			out.append("B-").append(i).append(",一般陳情,").append(start).append(',')
				.append(answered == null ? "" : answered.toString()).append(',').append(end).append(',')
				.append(abandoned ? "" : "A" + (1 + i % 40)).append(',').append(abandoned ? "Y" : "N").append('\n');
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

}
