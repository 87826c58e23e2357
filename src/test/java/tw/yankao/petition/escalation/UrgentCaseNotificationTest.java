package tw.yankao.petition.escalation;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import tw.yankao.YankaoApplication;
import tw.yankao.notify.WebhookEvent;
import tw.yankao.notify.webhook.WebhookOutbox;
import tw.yankao.notify.webhook.WebhookTarget;
import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.Channel;
import tw.yankao.petition.Location;
import tw.yankao.petition.NewCase;
import tw.yankao.petition.PetitionCase;
import tw.yankao.petition.Petitioner;
import tw.yankao.petition.ReplyChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An urgent case (a fallen tree, urgent by the profile) is announced at once: GreenMail, a real
 * SMTP server, receives the owner agency head's e-mail, and local HTTP receivers get the generic
 * JSON and the LINE push (with its bearer token), with no personal data; a failing channel is
 * retried three times. A case of a category that is not urgent alerts nobody.
 */
class UrgentCaseNotificationTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

	record Received(String path, String authorization, String body) {
	}

	static final List<Received> received = new CopyOnWriteArrayList<>();
	static final AtomicInteger flakyCalls = new AtomicInteger();
	static HttpServer receiver;
	static ConfigurableApplicationContext app;
	static JdbcClient jdbc;

	@BeforeAll
	static void start() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/", exchange -> {
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			String path = exchange.getRequestURI().getPath();
			received.add(new Received(path, exchange.getRequestHeaders().getFirst("Authorization"), body));
			// the flaky channel fails twice, then accepts; the broken one always fails
			int code = path.equals("/broken") || path.equals("/flaky") && flakyCalls.incrementAndGet() <= 2 ? 500 : 200;
			exchange.sendResponseHeaders(code, -1);
			exchange.close();
		});
		receiver.start();
		String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
		List<String> properties = List.of("spring.mail.host=localhost", "spring.mail.port=" + smtp.getSmtp().getPort(),
				"yankao.notify.line.base-url=" + base, "yankao.notify.webhook.backoff=PT0.05S",
				"yankao.mail.base-url=https://yankao.test", "yankao.tracking.reminders.cron=-",
				"yankao.plans.live-refresh-cron=-", "yankao.demo=true");
		app = new SpringApplicationBuilder(YankaoApplication.class).web(WebApplicationType.NONE)
			.run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
		jdbc = app.getBean(JdbcClient.class);
		WebhookOutbox targets = app.getBean(WebhookOutbox.class);
		EnumSet<WebhookEvent.Kind> urgent = EnumSet.of(WebhookEvent.Kind.URGENT_CASE);
		targets.add("JSON group", WebhookTarget.Kind.GENERIC_JSON, base + "/generic", null, null, urgent, null);
		targets.add("LINE group", WebhookTarget.Kind.LINE_PUSH, null, "C-urgent-group", "line-secret-token", urgent, null);
		targets.add("Flaky", WebhookTarget.Kind.GENERIC_JSON, base + "/flaky", null, null, urgent, null);
		targets.add("Broken", WebhookTarget.Kind.GENERIC_JSON, base + "/broken", null, null, urgent, null);
		// only escalations: hears nothing of a new urgent case
		targets.add("Escalations only", WebhookTarget.Kind.GENERIC_JSON, base + "/escalations", null, null,
				EnumSet.of(WebhookEvent.Kind.ESCALATION), null);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		if (receiver != null) {
			receiver.stop(0);
		}
	}

	@Test
	void anUrgentCaseReachesTheGroupChannelsAndTheHeadsMailbox() throws Exception {
		long head = head("urgent.head", "urgent.head@tcg.test");

		PetitionCase c = app.getBean(CaseIntake.class).receive(fallenTree()).petitionCase();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
				select t.name || ':' || d.status || ':' || d.attempts || ':' || coalesce(d.last_error, '-')
				  from notify_webhook_delivery d join notify_webhook_target t on t.id = d.target_id
				 where t.name in ('JSON group', 'LINE group', 'Flaky', 'Broken', 'Escalations only')""").query(String.class).list())
			.containsExactlyInAnyOrder("JSON group:SENT:1:-", "LINE group:SENT:1:-", "Flaky:SENT:3:-", "Broken:FAILED:3:HTTP 500"));
		JsonNode generic = json(only("/generic").body());
		assertThat(generic.get("event").asString()).isEqualTo("URGENT_CASE");
		assertThat(generic.get("caseNumber").asString()).isEqualTo(c.number().value());
		assertThat(generic.get("category").asString()).isEqualTo("路樹傾倒");
		assertThat(generic.get("district").asString()).isEqualTo("西屯區");
		assertThat(generic.get("link").asString()).isEqualTo("https://yankao.test/petitions/cases/" + c.number().value());

		// our group's push only: on a shared server database other tests' LINE targets post here too
		List<Received> pushes = received.stream()
			.filter(r -> r.path().equals("/v2/bot/message/push") && r.body().contains("C-urgent-group"))
			.toList();
		assertThat(pushes).hasSize(1);
		Received line = pushes.get(0);
		assertThat(line.authorization()).isEqualTo("Bearer line-secret-token");
		JsonNode push = json(line.body());
		assertThat(push.get("to").asString()).isEqualTo("C-urgent-group");
		assertThat(push.get("messages").get(0).get("type").asString()).isEqualTo("text");
		assertThat(push.get("messages").get(0).get("text").asString()).contains("緊急案件").contains(c.number().value());

		for (Received r : received) {
			assertThat(r.body()).as("no personal data in any payload")
				.doesNotContain("陳大華").doesNotContain("0922333444").doesNotContain("hua@example.tw").doesNotContain("臺灣大道");
		}
		assertThat(received).noneMatch(r -> r.path().equals("/escalations"));
		assertThat(jdbc.sql("select attempts from notify_webhook_delivery d join notify_webhook_target t on t.id = d.target_id where t.name = 'Flaky'")
			.query(Integer.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("""
				select d.attempts || ':' || d.http_status from notify_webhook_delivery d
				  join notify_webhook_target t on t.id = d.target_id where t.name = 'Broken'""")
			.query(String.class).single()).isEqualTo("3:500");

		assertThat(jdbc.sql("select count(*) from notify_notifications where user_id = ? and kind = 'URGENT_CASE'")
			.param(head).query(Long.class).single()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("urgent.head@tcg.test").size() == 1);
		MimeMessage mail = mailsTo("urgent.head@tcg.test").get(0);
		assertThat(mail.getSubject()).contains(c.number().value()).contains("緊急案件");
		assertThat(String.valueOf(mail.getContent())).doesNotContain("陳大華").doesNotContain("0922333444");
	}

	@Test
	void aCaseOfAnOrdinaryCategoryAlertsNobody() {
		long before = jdbc.sql("select count(*) from notify_webhook_delivery").query(Long.class).single();
		NewCase noise = new NewCase(null, Channel.PHONE_1999, "NOISE", false, "深夜施工噪音",
				new Location(null, "西屯區", null, null), null, ReplyChannel.NONE, "zh-TW");

		PetitionCase c = app.getBean(CaseIntake.class).receive(noise).petitionCase();

		assertThat(jdbc.sql("select count(*) from notify_webhook_delivery").query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from notify_notifications where kind = 'URGENT_CASE' and link like ?")
			.param("%" + c.number().value()).query(Long.class).single()).isZero();
	}

	private static NewCase fallenTree() {
		return new NewCase(null, Channel.PHONE_1999, "TREE", false, "臺灣大道路樹倒塌擋住車道",
				new Location("臺中市西屯區臺灣大道三段99號", "西屯區", 24.16, 120.64),
				new Petitioner("陳大華", "0922333444", "hua@example.tw", null), ReplyChannel.PHONE, "zh-TW");
	}

	/** A head of TCG-CON, where the profile routes fallen trees outside the mountain districts. */
	private static long head(String username, String email) {
		long agency = jdbc.sql("select id from agency where code = 'TCG-CON'").query(Long.class).single();
		long id = jdbc.sql("""
				insert into app_user (username, display_name, email, agency_id, password_hash)
				values (?, ?, ?, ?, 'x') returning id""").params(username, username, email, agency).query(Long.class).single();
		jdbc.sql("insert into app_user_role (user_id, role) values (?, 'AGENCY_HEAD')").param(id).update();
		return id;
	}

	private static Received only(String path) {
		List<Received> matching = received.stream().filter(r -> r.path().equals(path)).toList();
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

	private static JsonNode json(String body) {
		return JsonMapper.builder().build().readTree(body);
	}

	private static List<MimeMessage> mailsTo(String address) throws Exception {
		List<MimeMessage> mails = new ArrayList<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				mails.add(m);
			}
		}
		return mails;
	}

}
