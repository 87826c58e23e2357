package tw.yankao.analytics.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tw.yankao.analytics.MonthlyReportsTest;
import tw.yankao.analytics.rollup.DailyRollups;
import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

/** The monthly report page: figures and charts, who sees which agency, bad months. */
@YankaoWebTest
class MonthlyReportPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DailyRollups rollups;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void fixture() {
		MonthlyReportsTest.writeFixture(rollups, transactions, users.agencyId("TCG-TRA"), users.agencyId("TCG-CON"));
	}

	@Test
	void theRdecSeesTheCityWithChartsAndRocMonths() throws Exception {
		mvc.perform(get("/analytics/monthly").param("month", "2004-03").with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("93年3月 全市陳情質量分析")))
			.andExpect(content().string(containsString("data-chart-table=\"agency-table\"")))
			.andExpect(content().string(containsString("data-current=\"10\"")))
			.andExpect(content().string(containsString("尚無滿意度調查資料")));
	}

	@Test
	void agencyStaffSeeTheirOwnAgencyByDefaultAndNoOther() throws Exception {
		mvc.perform(get("/analytics/monthly").param("month", "2004-03").with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-current=\"3\"")));
		mvc.perform(get("/analytics/monthly").param("month", "2004-03").param("agency", "TCG-TRA")
			.with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFutureOrMalformedMonthIsExplained() throws Exception {
		mvc.perform(get("/analytics/monthly").param("month", "2999-01").with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能查詢未來的月份")));
		mvc.perform(get("/analytics/monthly").param("month", "March").with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("月份格式應為西元年-月")));
	}

	@Test
	void citizensMayNotReadReports() throws Exception {
		mvc.perform(get("/analytics/monthly").with(users.as(Role.CITIZEN)))
			.andExpect(status().isForbidden());
	}

}
