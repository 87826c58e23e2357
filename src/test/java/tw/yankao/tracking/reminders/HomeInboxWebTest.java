package tw.yankao.tracking.reminders;

import java.sql.Date;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home inbox per role: those who enter progress see their agency's missing reports, agency
 * staff and the RDEC the items behind, citizens an empty inbox; the demo's reminders reach the
 * demo liaison and head.
 */
@YankaoWebTest
class HomeInboxWebTest {

	private static final String REPORTS_DUE = "data-notice=\"tracking.reminders.inbox.reports-due\"";
	private static final String BEHIND = "data-notice=\"tracking.reminders.inbox.behind\"";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgencyDirectory agencies;

	@Test
	void aLiaisonSeesHowManyOfTheAgencysItemsLackLastMonthsReport() throws Exception {
		YearMonth period = YearMonth.now(ZoneId.of("Asia/Taipei")).minusMonths(1);
		long missing = missing(period);
		assertThat(missing).as("the demo's items lack recent reports").isPositive();
		home(Role.AGENCY_LIAISON)
			.andExpect(content().string(containsString(REPORTS_DUE)))
			.andExpect(content().string(containsString(missing + " 件列管項目尚未填報")))
			.andExpect(content().string(containsString("href=\"/tracking/items?month=" + period + "\"")))
			.andExpect(content().string(containsString(BEHIND)));
		home(Role.CASE_HANDLER).andExpect(content().string(containsString(REPORTS_DUE)));
	}

	@Test
	void headsAndTheRdecSeeItemsBehindButNoReportsToEnter() throws Exception {
		for (Role role : new Role[] { Role.AGENCY_HEAD, Role.RDEC_STAFF }) {
			home(role).andExpect(content().string(containsString(BEHIND)))
				.andExpect(content().string(containsString("href=\"/tracking/items?lag=BEHIND&amp;month=")))
				.andExpect(content().string(not(containsString(REPORTS_DUE))));
		}
	}

	@Test
	void citizensAndAdministratorsHaveNoTrackingNotices() throws Exception {
		home(Role.CITIZEN).andExpect(content().string(containsString("目前沒有需要您處理的事項")));
		home(Role.SYSTEM_ADMIN).andExpect(content().string(not(containsString(BEHIND))))
			.andExpect(content().string(not(containsString(REPORTS_DUE))));
	}

	@Test
	void theDemoRemindersReachTheLiaisonsAndTheHeadOfTheDemoBureau() {
		long liaison = demoUser("liaison");
		long head = demoUser("head");
		assertThat(subjects(liaison)).contains("tracking.reminders.before.subject", "tracking.reminders.after.subject")
			.doesNotContain("tracking.reminders.escalation.subject");
		assertThat(subjects(head)).containsOnly("tracking.reminders.escalation.subject");
	}

	private ResultActions home(Role role) throws Exception {
		return mvc.perform(get("/").with(users.as(role))).andExpect(status().isOk());
	}

	private long missing(YearMonth period) {
		return jdbc.sql("""
				select count(*) from tracking_items i
				 where i.status = 'TRACKED' and i.start_date <= ? and i.owner_agency_id = any(?)
				   and not exists (select 1 from tracking_progress_reports r where r.item_id = i.id and r.month = ?)""")
			.params(Date.valueOf(period.atEndOfMonth()), agencies.subtree(users.ownAgency()).toArray(Long[]::new),
					Date.valueOf(period.atDay(1)))
			.query(Long.class).single();
	}

	private long demoUser(String username) {
		return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

	private java.util.List<String> subjects(long user) {
		return jdbc.sql("select subject_key from notify_notifications where user_id = ? and kind = 'REMINDER'")
			.param(user).query(String.class).list();
	}

}
