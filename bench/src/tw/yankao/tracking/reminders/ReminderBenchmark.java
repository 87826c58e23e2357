package tw.yankao.tracking.reminders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.YankaoApplication;

/**
 * One reminder job run over 3,000 tracked items missing last month's report, in 40 agencies with
 * two liaisons each (3,000 reminders, 6,000 in-app notifications, 6,000 outbox rows; no SMTP host,
 * so e-mails are recorded as skipped). Same-run baseline: the run repeated on the same day, when
 * every reminder is already recorded: the cost of the exactly-once check alone.
 */
public final class ReminderBenchmark {

	private static final int ITEMS = 3_000;
	private static final int AGENCIES = 40;

	public static void main(String[] args) throws Exception {
		Path dir = Files.createTempDirectory("yankao-bench-reminders",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(YankaoApplication.class)
			.web(WebApplicationType.NONE)
			.run("--yankao.data-dir=" + dir, "--yankao.demo=false", "--yankao.tracking.reminders.cron=-",
					"--logging.level.root=WARN")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			generate(jdbc);
			ReminderJob job = app.getBean(ReminderJob.class);
			// 1 working day after Thursday 5 November 2026: October's AFTER_DUE reminder only
			Instant day = LocalDate.of(2026, 11, 6).atTime(9, 0).atZone(ZoneId.of("Asia/Taipei")).toInstant();
			long start = System.nanoTime();
			int sent = job.run(day);
			double first = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			int again = job.run(day);
			double rerun = (System.nanoTime() - start) / 1e6;
			System.out.printf("BENCH reminders job-run %.0f ms (%d reminders, %.2f ms each)%n", first, sent, first / sent);
			System.out.printf("BENCH reminders job-rerun_baseline_all_recorded %.0f ms (%d sent)%n", rerun, again);
		}
		finally {
			try (var paths = Files.walk(dir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static void generate(JdbcClient jdbc) {
		long city = jdbc.sql("""
				insert into agency (code, kind, name_zh, name_en, active_from)
				values ('B-CITY', 'CITY', '測試市政府', 'Bench City', date '2000-01-01') returning id""")
			.query(Long.class).single();
		jdbc.sql("""
				insert into agency (code, parent_id, kind, name_zh, name_en, active_from)
				select 'B-' || g, :city, 'FIRST_LEVEL', '局 ' || g, 'Bureau ' || g, date '2000-01-01'
				  from generate_series(1, :agencies) g""").param("city", city).param("agencies", AGENCIES).update();
		jdbc.sql("""
				insert into app_user (username, display_name, agency_id, password_hash)
				select 'bench-' || a.code || '-' || n, 'Bench', a.id, 'x'
				  from agency a, generate_series(1, 2) n where a.kind = 'FIRST_LEVEL'""").update();
		jdbc.sql("insert into app_user_role (user_id, role) select id, 'AGENCY_LIAISON' from app_user where username like 'bench-%'")
			.update();
		jdbc.sql("""
				insert into tracking_items (item_type, item_number, title, owner_agency_id, control_level, responsible_people,
				                            start_date, end_date, status, updated_at)
				select 'TENDER', 'R-' || g, '標案 ' || g, a.id, 'CITY', '承辦', date '2026-01-01', date '2027-12-31', 'TRACKED', now()
				  from generate_series(1, :items) g
				  join agency a on a.code = 'B-' || (1 + g % :agencies)""").param("items", ITEMS).param("agencies", AGENCIES)
			.update();
	}

}
