package tw.yankao.petition.escalation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.notify.WebhookEvent;
import tw.yankao.notify.webhook.WebhookOutbox;
import tw.yankao.notify.webhook.WebhookTarget;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation job at fixed instants in June 1975 (weekend rule, no imported calendar): near
 * deadlines go to the agency head, missed ones to the head and the RDEC, missed urgent ones to the
 * group channels too; each (case, level) once, however often the job runs.
 */
@YankaoWebTest
class EscalationJobTest {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	@Autowired
	EscalationJob job;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebhookOutbox webhooks;

	@Test
	void nearAndMissedDeadlinesAreEscalatedOncePerLevel() {
		long agency = agency();
		long head = user(agency, "esc.head", "AGENCY_HEAD");
		long rdec = jdbc.sql("select id from app_user where username = 'rdec'").query(Long.class).single();
		webhooks.add("Escalation channel", WebhookTarget.Kind.GENERIC_JSON, "http://127.0.0.1:9/escalations", null, null,
				EnumSet.of(WebhookEvent.Kind.ESCALATION), agency);
		// Tuesday 10 June 1975, 10:00: dispatch cases due by 12:00 and petitions due by Wednesday 11 June are near
		Instant now = at(6, 10, 10, 0);
		long urgentNear = openCase(agency, "ESC1975-A", "DISPATCH", "TREE", at(6, 10, 11, 0));
		long dispatchLater = openCase(agency, "ESC1975-B", "DISPATCH", "STREET_LIGHT", at(6, 10, 15, 0));
		long petitionNear = openCase(agency, "ESC1975-C", "PETITION", "NOISE", at(6, 11, 17, 0));
		long petitionLater = openCase(agency, "ESC1975-D", "PETITION", "NOISE", at(6, 12, 9, 0));
		long urgentMissed = openCase(agency, "ESC1975-E", "DISPATCH", "TREE", at(6, 10, 9, 0));
		long closed = openCase(agency, "ESC1975-F", "DISPATCH", "TREE", at(6, 9, 9, 0));
		jdbc.sql("update petition_case set status = 'CLOSED', closed_at = deadline where id = ?").param(closed).update();

		job.run(now);
		job.run(now);

		assertThat(escalations(urgentNear, dispatchLater, petitionNear, petitionLater, urgentMissed, closed))
			.containsExactlyInAnyOrder("ESC1975-A:NEAR", "ESC1975-C:NEAR", "ESC1975-E:MISSED");
		assertThat(subjects(head)).containsExactlyInAnyOrder("escalation.near.subject", "escalation.near.subject",
				"escalation.missed.subject");
		assertThat(links(rdec)).containsExactly("/petitions/cases/ESC1975-E");
		assertThat(deliveries()).containsExactly("ESC1975-E:ESCALATION_MISSED");

		// at 12:00 the urgent near case has missed its deadline too: its second level, once
		job.run(at(6, 10, 12, 0));
		job.run(at(6, 10, 12, 30));

		assertThat(escalations(urgentNear, dispatchLater, petitionNear, petitionLater, urgentMissed, closed))
			.containsExactlyInAnyOrder("ESC1975-A:NEAR", "ESC1975-A:MISSED", "ESC1975-C:NEAR", "ESC1975-E:MISSED");
		assertThat(subjects(head)).hasSize(4);
		assertThat(links(rdec)).containsExactlyInAnyOrder("/petitions/cases/ESC1975-E", "/petitions/cases/ESC1975-A");
		assertThat(deliveries()).containsExactlyInAnyOrder("ESC1975-E:ESCALATION_MISSED", "ESC1975-A:ESCALATION_MISSED");
	}

	private static Instant at(int month, int day, int hour, int minute) {
		return LocalDateTime.of(1975, month, day, hour, minute).atZone(TAIPEI).toInstant();
	}

	private List<String> escalations(Long... cases) {
		return jdbc.sql("""
				select c.number || ':' || e.level from petition_escalation e join petition_case c on c.id = e.case_id
				 where e.case_id = any(?)""").param(cases).query(String.class).list();
	}

	private List<String> subjects(long user) {
		return jdbc.sql("select subject_key from notify_notifications where user_id = ? and kind = 'ESCALATION'")
			.param(user).query(String.class).list();
	}

	private List<String> links(long user) {
		return jdbc.sql("select link from notify_notifications where user_id = ? and kind = 'ESCALATION' and link like '%ESC1975%'")
			.param(user).query(String.class).list();
	}

	private List<String> deliveries() {
		// only this test's channel: on a shared server database other tests' targets hear escalations too
		return jdbc.sql("""
				select d.subject || ':' || d.event from notify_webhook_delivery d
				  join notify_webhook_target t on t.id = d.target_id
				 where d.subject like 'ESC1975%' and t.name = 'Escalation channel'""")
			.query(String.class).list();
	}

	private long agency() {
		long city = jdbc.sql("select id from agency where kind = 'CITY'").query(Long.class).single();
		return jdbc.sql("""
				insert into agency (code, parent_id, kind, name_zh, name_en, active_from)
				values ('ESC-TEST', ?, 'FIRST_LEVEL', '升級測試局', 'Escalation Test Bureau', date '1970-01-01') returning id""")
			.param(city).query(Long.class).single();
	}

	private long user(long agency, String username, String role) {
		long id = jdbc.sql("""
				insert into app_user (username, display_name, email, agency_id, password_hash)
				values (?, ?, null, ?, 'x') returning id""").params(username, username, agency).query(Long.class).single();
		jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, role).update();
		return id;
	}

	private long openCase(long agency, String number, String kind, String category, Instant deadline) {
		Timestamp received = Timestamp.from(deadline.minusSeconds(86_400));
		return jdbc.sql("""
				insert into petition_case (number, kind, channel, category, description, anonymous, reply_channel, language,
				                           received_at, deadline, status, agency_id)
				values (?, ?, 'PHONE_1999', ?, '升級測試', true, 'NONE', 'zh-TW', ?, ?, 'ASSIGNED', ?) returning id""")
			.params(number, kind, category, received, Timestamp.from(deadline), agency).query(Long.class).single();
	}

}
