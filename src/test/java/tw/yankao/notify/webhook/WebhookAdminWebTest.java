package tw.yankao.notify.webhook;

import org.junit.jupiter.api.AfterEach;
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
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/** The administrator's group channels page: adding a LINE target whose token is never shown, refusals naming the field. */
@YankaoWebTest
class WebhookAdminWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	/** The target added here would otherwise hear every later test's urgent cases, and try to reach LINE. */
	@AfterEach
	void removeTargets() {
		jdbc.sql("delete from notify_webhook_delivery where target_id in (select id from notify_webhook_target where name like 'WHA %')")
			.update();
		jdbc.sql("delete from notify_webhook_target where name like 'WHA %'").update();
	}

	@Test
	void theAdministratorAddsALineTargetWhoseTokenIsNeverShownAgain() throws Exception {
		mvc.perform(post("/admin/webhooks").with(csrf()).with(users.as(SYSTEM_ADMIN))
				.param("name", "WHA 建設局群組").param("kind", "LINE_PUSH").param("lineTo", "C-wha-group")
				.param("lineToken", "wha-secret-token").param("events", "URGENT_CASE", "ESCALATION").param("agency", "TCG-CON"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/webhooks"));

		assertThat(jdbc.sql("select line_token from notify_webhook_target where name = 'WHA 建設局群組'").query(String.class).single())
			.isEqualTo("wha-secret-token");
		mvc.perform(get("/admin/webhooks").with(users.as(SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("WHA 建設局群組")))
			.andExpect(content().string(containsString("C-wha-group")))
			.andExpect(content().string(not(containsString("wha-secret-token"))));
		assertThat(jdbc.sql("select after_json from audit_entry where entity = 'webhook_target' and after_json like '%WHA%'")
			.query(String.class).single()).contains("LINE_PUSH").doesNotContain("wha-secret-token");
	}

	@Test
	void aTargetWithoutUrlOrEventsIsRefusedNamingTheFieldsAndNothingIsSaved() throws Exception {
		mvc.perform(post("/admin/webhooks").with(csrf()).with(users.as(SYSTEM_ADMIN))
				.param("name", "WHA 壞設定").param("kind", "GENERIC_JSON").param("url", "ftp://example.test/x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("網址：請填寫 http 或 https 網址")))
			.andExpect(content().string(containsString("事件：至少選擇一項")));

		assertThat(jdbc.sql("select count(*) from notify_webhook_target where name = 'WHA 壞設定'").query(Long.class).single()).isZero();
	}

	@Test
	void onlyTheSystemAdministratorManagesChannels() throws Exception {
		mvc.perform(get("/admin/webhooks").with(users.as(RDEC_STAFF))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/webhooks").with(csrf()).with(users.as(RDEC_STAFF)).param("name", "x"))
			.andExpect(status().isForbidden());
	}

}
