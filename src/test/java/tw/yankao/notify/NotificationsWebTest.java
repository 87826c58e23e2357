package tw.yankao.notify;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CITIZEN;

/**
 * The notifications page: each user sees and marks read only their own notifications, with ROC
 * times; the header and the home inbox count the unread ones; without an SMTP host e-mails are
 * recorded as skipped.
 */
@YankaoWebTest
class NotificationsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUserSeesOnlyTheirOwnNotificationsWithRocTimes() throws Exception {
		long liaison = userId(AGENCY_LIAISON);
		String number = "NTF-" + System.nanoTime();
		long id = send(liaison, number, false);

		mvc.perform(get("/notifications").with(users.as(AGENCY_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number + " 115年10月")))
			.andExpect(content().string(containsString("data-notification=\"" + id + "\"")))
			.andExpect(content().string(containsString("年")))
			.andExpect(content().string(containsString("/notifications/" + id + "/read")));
		mvc.perform(get("/notifications").with(users.as(AGENCY_HEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number))));
	}

	@Test
	void markingSomeoneElsesNotificationReadAnswers404AndChangesNothing() throws Exception {
		long id = send(userId(AGENCY_LIAISON), "NTF-" + System.nanoTime(), false);

		mvc.perform(post("/notifications/" + id + "/read").with(csrf()).with(users.as(AGENCY_HEAD)))
			.andExpect(status().isNotFound());
		assertThat(isRead(id)).isFalse();

		mvc.perform(post("/notifications/" + id + "/read").with(csrf()).with(users.as(AGENCY_LIAISON)))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/notifications"));
		assertThat(isRead(id)).isTrue();
	}

	@Test
	void anonymousVisitorsHaveNoNotifications() throws Exception {
		mvc.perform(get("/notifications"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
		mvc.perform(post("/notifications/read").with(csrf()))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
	}

	@Test
	void theHeaderAndTheHomeInboxCountUnreadNotificationsUntilAllAreMarkedRead() throws Exception {
		long citizen = userId(CITIZEN);
		notifications.markAllRead(citizen);
		send(citizen, "NTF-" + System.nanoTime(), false);
		send(citizen, "NTF-" + System.nanoTime(), false);

		mvc.perform(get("/").with(users.as(CITIZEN)))
			.andExpect(content().string(containsString("通知（2 則未讀）")))
			.andExpect(content().string(containsString("2 則未讀通知")))
			.andExpect(content().string(containsString("href=\"/notifications\"")));
		mvc.perform(post("/notifications/read").with(csrf()).with(users.as(CITIZEN))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/").with(users.as(CITIZEN)))
			.andExpect(content().string(containsString("通知（0 則未讀）")))
			.andExpect(content().string(not(containsString("則未讀通知"))));
	}

	@Test
	void withoutAnSmtpHostEMailIsRecordedAsSkippedNotFailed() {
		long notification = send(userId(AGENCY_LIAISON), "NTF-" + System.nanoTime(), true);
		assertThat(jdbc.sql("select status || ':' || reason from notify_mail_outbox where notification_id = ?")
			.param(notification).query(String.class).single()).isEqualTo("SKIPPED:no-smtp-host");
	}

	private long send(long userId, String number, boolean email) {
		return notifications.send(new Notice("REMINDER", List.of(userId), "tracking.reminders.before.subject",
				"tracking.reminders.before.body", List.of(number, "測試項目", "115年10月", "115年11月5日"), "/tracking/items", email))
			.get(0);
	}

	private boolean isRead(long id) {
		return jdbc.sql("select read_at is not null from notify_notifications where id = ?").param(id).query(Boolean.class).single();
	}

	/** The id TestUsers gives the role in the own agency (citizens have none). */
	private long userId(tw.yankao.shared.security.Role role) {
		Long agency = role == CITIZEN ? null : users.ownAgency();
		return 900_000 + role.ordinal() * 10 + (agency == null ? 0 : agency % 10);
	}

}
