package tw.yankao.plan.achievement.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.achievement.AchievementFixture;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what with achievement: every role in the indicator's agency and in another one, and
 * anonymous visitors. The record lives in the own agency; staff of the other agency are refused
 * by the agency scope unless they see the whole city.
 */
@YankaoWebTest
class AchievementAuthorizationTest {

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	TestUsers users;

	@Autowired
	PlanManagement plans;

	@Autowired
	JdbcClient jdbc;

	long indicator;
	int year;

	@BeforeEach
	void plan() {
		AchievementFixture.Plan plan = new AchievementFixture(plans, jdbc).approvedFuture(users.ownAgency());
		indicator = plan.indicator("及格率");
		year = plan.year();
	}

	@Test
	void agencyStaffAndTheCityReadAnIndicatorsAchievement() throws Exception {
		matrix.agencyRecord(agency -> get("/plans/achievement/indicators/" + indicator))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
		matrix.agencyRecord(agency -> get("/api/plans/indicators/" + indicator + "/achievements"))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
		matrix.agencyRecord(agency -> get("/plans/dashboard").param("agency", TestUsers.OWN_AGENCY).param("year", "" + year))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
		matrix.agencyRecord(agency -> get("/api/plans/dashboard").param("agency", TestUsers.OWN_AGENCY).param("year", "" + year))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
		matrix.agencyRecord(agency -> get("/plans/achievement/on-time").param("agency", "" + agency).param("period", "" + year))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
	}

	@Test
	void onlyTheCitySeesTheCityDashboard() throws Exception {
		matrix.endpoint(() -> get("/plans/dashboard/city").param("year", "" + year)).allows(SYSTEM_ADMIN, RDEC_STAFF).check();
	}

	@Test
	void liaisonsAndHandlersOfTheAgencyEnterAndOnlyTheRdecConfirms() throws Exception {
		matrix.agencyRecord(agency -> post("/plans/achievement/indicators/" + indicator + "/reports")
			.param("period", "" + year).param("actual", "x"))
			.allows(AGENCY_LIAISON, CASE_HANDLER)
			.check();
		matrix.agencyRecord(agency -> post("/api/plans/indicators/" + indicator + "/achievements")
			.contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"" + year + "\",\"actual\":\"x\"}"))
			.allows(AGENCY_LIAISON, CASE_HANDLER)
			.check();
		matrix.endpoint(() -> post("/plans/achievement/reports/0/confirm").param("version", "0")).allows(RDEC_STAFF).check();
		matrix.endpoint(() -> post("/plans/achievement/reports/0/submit").param("version", "0"))
			.allows(AGENCY_LIAISON, CASE_HANDLER)
			.check();
	}

	@Test
	void liaisonsAndTheRdecBindAndRefreshLiveIndicators() throws Exception {
		matrix.agencyRecord(agency -> post("/plans/achievement/indicators/" + indicator + "/binding").param("metric", "none"))
			.allows(AGENCY_LIAISON, RDEC_STAFF)
			.check();
		matrix.agencyRecord(agency -> post("/plans/achievement/indicators/" + indicator + "/refresh").param("period", "" + year))
			.allows(AGENCY_LIAISON, CASE_HANDLER, RDEC_STAFF)
			.check();
	}

}
