package tw.yankao.tracking.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.YankaoApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database run the reminder job at the same moment: every
 * reminder is recorded once, every recipient gets one notification per reminder, and GreenMail, a
 * real SMTP server, receives each e-mail once.
 */
class ReminderJobClusterTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	static ConfigurableApplicationContext first;
	static ConfigurableApplicationContext second;
	static JdbcClient jdbc;

	@BeforeAll
	static void twoInstancesOnOneDatabase() {
		int port = smtp.getSmtp().getPort();
		first = instance(port, "yankao.demo=true");
		String url = ((HikariDataSource) first.getBean(javax.sql.DataSource.class)).getJdbcUrl();
		second = instance(port, "yankao.demo=false", "spring.datasource.url=" + url, "spring.datasource.username=postgres");
		assertThat(((HikariDataSource) second.getBean(javax.sql.DataSource.class)).getJdbcUrl()).isEqualTo(url);
		jdbc = first.getBean(JdbcClient.class);
	}

	@AfterAll
	static void close() {
		// On a shared server database (CI's second run) the items would stay tracked and show up in
		// other tests' execution rates and control-meeting packs of 1987.
		if (jdbc != null) {
			jdbc.sql("update tracking_items set status = 'COMPLETED' where item_number like 'REM-1986-%'").update();
		}
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void eachReminderIsSentOnceAndEachEMailArrivesOnce() throws Exception {
		long agency = agency();
		long liaison = user(agency, "rem.liaison", "liaison@rem.test", "AGENCY_LIAISON");
		long head = user(agency, "rem.head", "head@rem.test", "AGENCY_HEAD");
		assertThat(second.getBean(JdbcClient.class).sql("select count(*) from agency where code = 'REM-TEST'")
			.query(Long.class).single()).as("the second instance sees the first's database").isEqualTo(1);
		long item = item(agency, "REM-1986-01");
		// a unit without its own liaison or head: its item's reminders go to the agency above it
		long unitItem = item(unit(agency), "REM-1986-02");

		// March 1986's reports are due on Saturday 5 April; on that day only the reminder before it is due
		assertThat(concurrently(LocalDate.of(1986, 4, 5))).isEqualTo(2);
		// five working days after the 5th: the reminder after it and the escalation, never the first again
		assertThat(concurrently(LocalDate.of(1986, 4, 14))).isEqualTo(4);
		assertThat(concurrently(LocalDate.of(1986, 4, 15))).isZero();

		assertThat(jdbc.sql("select rule_code from tracking_reminders_sent where item_id = ? order by rule_code")
			.param(item).query(String.class).list()).containsExactly("AFTER_DUE", "BEFORE_DUE", "ESCALATION");
		assertThat(jdbc.sql("select count(*) from tracking_reminders_sent where item_id = ? and recipients = 1")
			.param(unitItem).query(Long.class).single()).isEqualTo(3);
		assertThat(notifications(liaison)).containsExactlyInAnyOrder("tracking.reminders.before.subject",
				"tracking.reminders.after.subject", "tracking.reminders.before.subject", "tracking.reminders.after.subject");
		assertThat(notifications(head)).containsExactly("tracking.reminders.escalation.subject",
				"tracking.reminders.escalation.subject");

		assertThat(smtp.waitForIncomingEmail(10_000, 6)).isTrue();
		TimeUnit.MILLISECONDS.sleep(500);
		MimeMessage[] received = smtp.getReceivedMessages();
		List<String> to = new ArrayList<>();
		for (MimeMessage message : received) {
			to.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
		}
		assertThat(to).containsExactlyInAnyOrder("liaison@rem.test", "liaison@rem.test", "liaison@rem.test",
				"liaison@rem.test", "head@rem.test", "head@rem.test");
		assertThat(received[0].getSubject()).contains("REM-1986-0").contains("稽催").contains("Reminder");
		assertThat(jdbc.sql("select count(*) from notify_mail_outbox where user_id in (?, ?) and status = 'SENT'")
			.params(liaison, head).query(Long.class).single()).isEqualTo(6);
	}

	/** Runs the job in both instances at once; the reminders both together sent. */
	private static int concurrently(LocalDate day) throws Exception {
		Instant at = day.atTime(9, 0).atZone(TAIPEI).toInstant();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (ConfigurableApplicationContext instance : List.of(first, second)) {
				ReminderJob job = instance.getBean(ReminderJob.class);
				runs.add(threads.submit(() -> {
					start.await();
					return job.run(at);
				}));
			}
			start.countDown();
			int sent = 0;
			for (Future<Integer> run : runs) {
				sent += run.get(60, TimeUnit.SECONDS);
			}
			return sent;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static ConfigurableApplicationContext instance(int smtpPort, String... more) {
		List<String> properties = new ArrayList<>(List.of("spring.mail.host=localhost", "spring.mail.port=" + smtpPort,
				"yankao.tracking.reminders.cron=-", "yankao.plans.live-refresh-cron=-"));
		properties.addAll(List.of(more));
		// as command-line arguments: they win over application.yml, unlike the builder's default properties
		return new SpringApplicationBuilder(YankaoApplication.class).web(WebApplicationType.NONE)
			.run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
	}

	private static long agency() {
		long city = jdbc.sql("select id from agency where kind = 'CITY'").query(Long.class).single();
		return jdbc.sql("""
				insert into agency (code, parent_id, kind, name_zh, name_en, active_from)
				values ('REM-TEST', ?, 'FIRST_LEVEL', '稽催測試局', 'Reminder Test Bureau', date '1980-01-01') returning id""")
			.param(city).query(Long.class).single();
	}

	private static long user(long agency, String username, String email, String role) {
		long id = jdbc.sql("""
				insert into app_user (username, display_name, email, agency_id, password_hash)
				values (?, ?, ?, ?, 'x') returning id""").params(username, username, email, agency).query(Long.class).single();
		jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, role).update();
		return id;
	}

	private static long unit(long agency) {
		return jdbc.sql("""
				insert into agency (code, parent_id, kind, name_zh, name_en, active_from)
				values ('REM-TEST-U1', ?, 'UNIT', '稽催測試科', 'Reminder Test Section', date '1980-01-01') returning id""")
			.param(agency).query(Long.class).single();
	}

	private static long item(long agency, String number) {
		return jdbc.sql("""
				insert into tracking_items (item_type, item_number, title, owner_agency_id, control_level, responsible_people,
				                            start_date, end_date, status, updated_at)
				values ('TENDER', ?, '稽催測試工程', ?, 'CITY', '測試', date '1986-01-01', date '1987-12-31',
				        'TRACKED', now()) returning id""").params(number, agency).query(Long.class).single();
	}

	private static List<String> notifications(long user) {
		return jdbc.sql("select subject_key from notify_notifications where user_id = ?").param(user).query(String.class).list();
	}

}
