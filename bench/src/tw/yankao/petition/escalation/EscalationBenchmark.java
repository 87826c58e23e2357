package tw.yankao.petition.escalation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.YankaoApplication;

/**
 * One escalation job run over 3,000 open cases past their deadline in 40 agencies with two heads
 * each (3,000 escalations, each to the two heads and the RDEC's staff: in-app notifications and outbox rows; no SMTP host, no webhook
 * target), in 1980 so that the demo's own cases (loaded because the case index does not start on an
 * empty case table) are not due. Same-run baseline: the run repeated at the same instant, when every escalation is
 * already recorded: the cost of the exactly-once check alone.
 */
public final class EscalationBenchmark {

	private static final int CASES = 3_000;
	private static final int AGENCIES = 40;

	public static void main(String[] args) throws Exception {
		Path dir = Files.createTempDirectory("yankao-bench-escalation",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(YankaoApplication.class)
			.web(WebApplicationType.NONE)
			.run("--yankao.data-dir=" + dir, "--yankao.demo=true", "--yankao.tracking.reminders.cron=-",
					"--yankao.petition.escalation.cron=-", "--logging.level.root=WARN")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			generate(jdbc);
			EscalationJob job = app.getBean(EscalationJob.class);
			Instant now = LocalDateTime.of(1980, 11, 24, 10, 0).atZone(ZoneId.of("Asia/Taipei")).toInstant();
			long start = System.nanoTime();
			int sent = job.run(now);
			double first = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			int again = job.run(now);
			double rerun = (System.nanoTime() - start) / 1e6;
			System.out.printf("BENCH escalation job-run %.0f ms (%d escalations, %.2f ms each)%n", first, sent, first / sent);
			System.out.printf("BENCH escalation job-rerun_baseline_all_recorded %.0f ms (%d sent)%n", rerun, again);
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
		jdbc.sql("insert into app_user_role (user_id, role) select id, 'AGENCY_HEAD' from app_user where username like 'bench-%'")
			.update();
		jdbc.sql("""
				insert into petition_case (number, kind, channel, category, description, anonymous, reply_channel, language,
				                           received_at, deadline, status, agency_id)
				select 'B' || g, 'DISPATCH', 'PHONE_1999', 'STREET_LIGHT', '路燈不亮', true, 'NONE', 'zh-TW',
				       timestamptz '1980-11-22 08:00+08', timestamptz '1980-11-23 08:00+08', 'ASSIGNED', a.id
				  from generate_series(1, :cases) g
				  join agency a on a.code = 'B-' || (1 + g % :agencies)""").param("cases", CASES).param("agencies", AGENCIES)
			.update();
	}

}
