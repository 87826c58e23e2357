package tw.yankao.tracking.web;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.shared.security.Role;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;
import tw.yankao.tracking.TrackingFixture;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;
import static tw.yankao.tracking.TrackingFixture.json;

/**
 * Who may do what with tracking: agency staff within their agency, the city everywhere, only the
 * city sees every agency's execution rate.
 */
@YankaoWebTest
class TrackingAuthorizationTest {

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	long item;

	@BeforeEach
	void item() throws Exception {
		String body = mvc.perform(post("/api/tracking/items").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
			.contentType(MediaType.APPLICATION_JSON).content(json(TrackingFixture.tender(users.ownAgency()))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		item = TrackingFixture.JSON.readTree(body).get("id").asLong();
	}

	@Test
	void onlyTheCitySeesExecutionRates() throws Exception {
		matrix.endpoint(() -> get("/api/tracking/execution-rates").param("month", "1990-01"))
			.allows(SYSTEM_ADMIN, RDEC_STAFF)
			.check();
	}

	@Test
	void onlyTheCitySeesTheExecutionRatePage() throws Exception {
		matrix.endpoint(() -> get("/tracking/execution-rates").param("month", "1990-01"))
			.allows(SYSTEM_ADMIN, RDEC_STAFF)
			.check();
	}

	@Test
	void staffSeeTheItemList() throws Exception {
		matrix.endpoint(() -> get("/tracking/items")).allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
	}

	@Test
	void agencyStaffAndTheCityReadAnItem() throws Exception {
		matrix.agencyRecord(agency -> get("/tracking/items/" + item))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
		matrix.agencyRecord(agency -> get("/api/tracking/items/" + item))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
		matrix.agencyRecord(agency -> get("/api/tracking/items/" + item + "/reports"))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD)
			.check();
	}

	@Test
	void liaisonsAndHandlersOfTheAgencyEnterItemsAndProgress() throws Exception {
		matrix.agencyRecord(agency -> post("/api/tracking/items").contentType(MediaType.APPLICATION_JSON)
			.content(json(TrackingFixture.tender(agency))))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER)
			.check();
		matrix.agencyRecord(agency -> post("/api/tracking/items/" + item + "/reports")
			.contentType(MediaType.APPLICATION_JSON).content(json(TrackingFixture.report("1990-01", 10))))
			.allows(AGENCY_LIAISON, CASE_HANDLER)
			.check();
		matrix.agencyRecord(agency -> post("/tracking/items/" + item + "/reports").param("month", "1990-01")
			.param("actualPercent", "10"))
			.allows(AGENCY_LIAISON, CASE_HANDLER)
			.check();
		// a bad version answers 409 to those let in, which the matrix counts as allowed
		matrix.agencyRecord(agency -> put("/api/tracking/items/" + item).contentType(MediaType.APPLICATION_JSON)
			.content(json(TrackingFixture.with(TrackingFixture.tender(agency), "version", 99))))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER)
			.check();
	}

}
