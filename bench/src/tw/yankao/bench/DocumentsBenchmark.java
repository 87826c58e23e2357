package tw.yankao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import tw.yankao.YankaoApplication;
import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyKind;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.shared.security.Role;
import tw.yankao.tracking.documents.DocumentImport;
import tw.yankao.tracking.documents.DocumentTimeliness;
import tw.yankao.tracking.documents.MonthlyRanking;

/**
 * 200,000 documents of one year for the demo city's agencies, imported from one CSV file; then the
 * timeliness ranking of one month (goal: under 300 ms), after warm-up, against the same-run
 * baseline of reading every document of the month into Java and counting there. The argument is
 * an empty directory for the embedded PostgreSQL; the demo data loads first (it brings the agencies).
 */
public final class DocumentsBenchmark {

	private static final int DOCUMENTS = 200_000;
	private static final YearMonth MONTH = YearMonth.of(2025, 6);
	private static final int ROUNDS = 7;

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		try (ConfigurableApplicationContext context = new SpringApplication(YankaoApplication.class).run(
				"--yankao.db.embedded.data-dir=" + data.resolve("pg"), "--server.port=0", "--logging.level.root=WARN")) {
			SignedInUser admin = new SignedInUser(new CurrentUser(1, "bench", null, Set.of(Role.SYSTEM_ADMIN)), "bench");
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			jdbc.sql("delete from tracking_document").update();

			byte[] csv = csv(context.getBean(AgencyDirectory.class).all());
			DocumentImport documentImport = context.getBean(DocumentImport.class);
			long start = System.nanoTime();
			DocumentImport.Result imported = documentImport.importFile("bench.csv", csv);
			System.out.printf("BENCH documents import %d ms (%d rows, %.1f MB CSV)%n", (System.nanoTime() - start) / 1_000_000,
					imported.rows(), csv.length / 1e6);

			long total = jdbc.sql("select count(*) from tracking_document").query(Long.class).single();
			long inMonth = jdbc.sql("select count(*) from tracking_document where received_on >= ? and received_on < ?")
				.params(MONTH.atDay(1), MONTH.plusMonths(1).atDay(1)).query(Long.class).single();
			DocumentTimeliness timeliness = context.getBean(DocumentTimeliness.class);
			long[] ranking = time(() -> timeliness.ranking(MONTH));
			long[] baseline = time(() -> javaRanking(jdbc, timeliness.today()));
			MonthlyRanking result = timeliness.ranking(MONTH);
			System.out.printf("BENCH documents ranking %.1f ms (median of %d; %d documents, %d in %s, %d agencies)%n",
					ranking[ROUNDS / 2] / 1e6, ROUNDS, total, inMonth, MONTH, result.rankedAgencies());
			System.out.printf("BENCH documents ranking_baseline_java %.1f ms (median of %d; every row of the month read "
					+ "into Java and counted there)%n", baseline[ROUNDS / 2] / 1e6, ROUNDS);
		}
	}

	private static long[] time(Runnable run) {
		for (int i = 0; i < 3; i++) {
			run.run();
		}
		long[] nanos = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			run.run();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	/** The baseline: the month's rows fetched and counted per agency in Java. */
	private static Map<Long, int[]> javaRanking(JdbcClient jdbc, LocalDate asOf) {
		Map<Long, int[]> counts = new HashMap<>();
		jdbc.sql("""
				select agency_id, category, due_on, closed_on, received_on from tracking_document
				where received_on >= ? and received_on < ?""")
			.params(MONTH.atDay(1), MONTH.plusMonths(1).atDay(1))
			.query(rs -> {
				int[] c = counts.computeIfAbsent(rs.getLong(1), id -> new int[4]);
				LocalDate due = rs.getObject(3, LocalDate.class);
				LocalDate closed = rs.getObject(4, LocalDate.class);
				c[0]++;
				if (closed != null ? closed.isAfter(due) : due.isBefore(asOf)) {
					c[1]++;
				}
				if (closed != null && !closed.isAfter(due)) {
					c[2]++;
				}
				rs.getString(2);
				rs.getObject(5, LocalDate.class);
			});
		return counts;
	}

	private static byte[] csv(List<Agency> all) {
		List<Agency> agencies = all.stream()
			.filter(a -> a.kind() == AgencyKind.FIRST_LEVEL || a.kind() == AgencyKind.DISTRICT_OFFICE)
			.toList();
		String[] urgencies = { "最速件", "速件", "普通件", "普通件", "普通件" };
		String[] categories = { "一般公文", "一般公文", "一般公文", "會辦公文", "人民申請案件", "訴願答辯" };
		Random random = new Random(200_000);
		StringBuilder out = new StringBuilder("文號,機關,速別,類別,收文日期,限辦日期,辦結日期\n");
		for (int i = 0; i < DOCUMENTS; i++) {
			LocalDate received = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
			boolean open = random.nextInt(50) == 0;
			out.append("B-").append(i).append(',')
				.append(agencies.get(random.nextInt(agencies.size())).code()).append(',')
				.append(urgencies[random.nextInt(urgencies.length)]).append(',')
				.append(categories[random.nextInt(categories.length)]).append(',')
				.append(received).append(",,")
				.append(open ? "" : received.plusDays(random.nextInt(12)).toString()).append('\n');
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
