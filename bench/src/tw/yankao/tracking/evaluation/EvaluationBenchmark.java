package tw.yankao.tracking.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.shared.db.EmbeddedPostgresServer;
import tw.yankao.shared.profile.CityProfileLoader;
import tw.yankao.shared.profile.EvaluationRules.Part;
import tw.yankao.shared.profile.EvaluationRules.Source;

/**
 * Opening a year-end evaluation round over 3,000 tracked tenders with 120 months of planned
 * progress and reports each: the year's figures in one query ({@link Evaluations#itemsOfYear})
 * and the evaluations with their parts written in two array statements ({@link Evaluations#insertAll}).
 * Baselines, same run: the figures read with three queries per item, and the rows inserted with
 * a JDBC batch (one statement per row; row by row without a batch took about 43 s once). Lives in the repository's package to use its package-private API.
 */
public final class EvaluationBenchmark {

	private static final int TENDERS = 3_000;
	private static final int MONTHS = 120;
	private static final int ROUNDS = 5;
	private static final int ROC_YEAR = 109;
	private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
	private static final LocalDate LAST = LocalDate.of(2020, 12, 31);

	public static void main(String[] args) throws Exception {
		Path dir = Files.createTempDirectory("yankao-bench-evaluation",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(dir.resolve("pg"), 0);
				HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setJdbcUrl(server.jdbcUrl("yankao"));
			dataSource.setUsername("postgres");
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			generate(jdbc);
			Evaluations evaluations = new Evaluations(jdbc, new JdbcTemplate(dataSource));
			Rubric rubric = new Rubric(new CityProfileLoader().loadCity("taichung").tracking().evaluation());
			System.out.printf("BENCH evaluation rows items=%d reports=%d year=%d%n", count(jdbc, "tracking_items"),
					count(jdbc, "tracking_progress_reports"), FIRST.getYear());

			List<Evaluations.ItemYear> items = evaluations.itemsOfYear(FIRST, LAST);
			System.out.printf("BENCH evaluation year-figures %.1f ms (%d items)%n",
					median(() -> evaluations.itemsOfYear(FIRST, LAST)), items.size());
			System.out.printf("BENCH evaluation year-figures_baseline_three_queries_per_item %.1f ms%n",
					median(() -> perItem(jdbc, items)));

			List<ItemEvaluation> created = items.stream().map(item -> evaluation(rubric, item)).toList();
			System.out.printf("BENCH evaluation insert-round %.1f ms (%d evaluations, %d parts)%n", median(() -> {
				reset(jdbc, evaluations);
				evaluations.insertAll(ROC_YEAR, created);
			}), created.size(), created.stream().mapToInt(e -> e.parts().size()).sum());
			JdbcTemplate batch = new JdbcTemplate(dataSource);
			System.out.printf("BENCH evaluation insert-round_baseline_jdbc_batch %.1f ms%n", median(() -> {
				reset(jdbc, evaluations);
				batched(batch, jdbc, created);
			}));
		}
		finally {
			try (var paths = Files.walk(dir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static ItemEvaluation evaluation(Rubric rubric, Evaluations.ItemYear item) {
		List<PartScore> parts = new ArrayList<>();
		for (Part part : rubric.parts(item.type())) {
			parts.add(new PartScore(part.code(), part.source(), part.weight(),
					part.source() == Source.COMPUTED ? item.figures().part(part.code()) : null));
		}
		return new ItemEvaluation(0, ROC_YEAR, item.itemId(), null, null, item.type(), item.ownerAgencyId(),
				item.responsiblePeople(), parts, null, null, null, null, null, 0);
	}

	private static void reset(JdbcClient jdbc, Evaluations evaluations) {
		jdbc.sql("delete from tracking_evaluation_rounds").update();
		evaluations.insertRound(ROC_YEAR, "bench", Instant.now());
	}

	private static void perItem(JdbcClient jdbc, List<Evaluations.ItemYear> items) {
		for (Evaluations.ItemYear item : items) {
			jdbc.sql("select planned_percent from tracking_planned_progress where item_id = ? and month <= ? order by month desc limit 1")
				.params(item.itemId(), LAST).query((rs, n) -> rs.getBigDecimal(1)).optional();
			jdbc.sql("select actual_percent, spending from tracking_progress_reports where item_id = ? and month <= ? order by month desc limit 1")
				.params(item.itemId(), LAST).query((rs, n) -> rs.getBigDecimal(1)).optional();
			jdbc.sql("select count(*) from tracking_progress_reports where item_id = ? and not late and month between ? and ?")
				.params(item.itemId(), FIRST, LAST).query(Long.class).single();
		}
	}

	/** The JDBC batch, one statement per row sent in a pipeline: what insertAll did first. */
	private static void batched(JdbcTemplate batch, JdbcClient jdbc, List<ItemEvaluation> created) {
		List<Long> ids = jdbc.sql("select nextval('tracking_evaluations_id_seq') from generate_series(1, ?)")
			.param(created.size()).query(Long.class).list();
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> parts = new ArrayList<>();
		for (int i = 0; i < created.size(); i++) {
			ItemEvaluation e = created.get(i);
			rows.add(new Object[] { ids.get(i), ROC_YEAR, e.itemId(), e.type().name(), e.ownerAgencyId(),
					e.responsiblePeople() });
			for (int position = 0; position < e.parts().size(); position++) {
				PartScore p = e.parts().get(position);
				parts.add(new Object[] { ids.get(i), position, p.code(), p.source().name(), p.weight(), p.value() });
			}
		}
		batch.batchUpdate("""
				insert into tracking_evaluations (id, roc_year, item_id, item_type, owner_agency_id, responsible_people)
				values (?, ?, ?, ?, ?, ?)""", rows);
		batch.batchUpdate("""
				insert into tracking_evaluation_parts (evaluation_id, position, code, source, weight, value)
				values (?, ?, ?, ?, ?, ?)""", parts);
	}

	/** Deterministic data straight in SQL, as the execution-rate benchmark makes it. */
	private static void generate(JdbcClient jdbc) {
		jdbc.sql("select setseed(0.42)").query((rs, n) -> 0).list();
		jdbc.sql("""
				insert into tracking_items (item_type, item_number, title, owner_agency_id, control_level, responsible_people,
				                            start_date, end_date, budget_total, budget_this_year, status, updated_at)
				select 'TENDER', 'B-' || g, '標案 ' || g, 1 + g % 40, 'CITY', '承辦', date '2016-01-01',
				       date '2025-12-31', 1000000 + (random() * 1e8)::int, 1000000, 'TRACKED', now()
				  from generate_series(1, :tenders) g""").param("tenders", TENDERS).update();
		jdbc.sql("""
				insert into tracking_planned_progress (item_id, month, planned_percent)
				select i.id, date '2016-01-01' + make_interval(months => m), round((m + 1) * 100.0 / :months, 2)
				  from tracking_items i, generate_series(0, :months - 1) m""").param("months", MONTHS).update();
		jdbc.sql("""
				insert into tracking_progress_reports (item_id, month, actual_percent, planned_percent, lag_points, lag_class,
				                                       spending, submitted_at, late)
				select p.item_id, p.month, greatest(0, p.planned_percent - d.lag), p.planned_percent, -d.lag,
				       case when d.lag >= 10 then 'SERIOUSLY_BEHIND' when d.lag > 0 then 'BEHIND' else 'ON_SCHEDULE' end,
				       (random() * 1000000)::int, now(), random() < 0.1
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
