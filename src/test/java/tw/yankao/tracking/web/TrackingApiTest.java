package tw.yankao.tracking.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static tw.yankao.tracking.TrackingFixture.json;
import static tw.yankao.tracking.TrackingFixture.report;
import static tw.yankao.tracking.TrackingFixture.tender;
import static tw.yankao.tracking.TrackingFixture.with;

/** Tracked items and monthly progress through the API: rules, field errors, locking, lag and execution rates. */
@YankaoWebTest
class TrackingApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anItemIsSavedWithItsPlanAndCheckpointsAndAudited() throws Exception {
		long id = create(tender(users.ownAgency()));
		mvc.perform(get("/api/tracking/items/" + id).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("TENDER"))
			.andExpect(jsonPath("$.plannedProgress['1990-03']").value(30))
			.andExpect(jsonPath("$.checkpoints[0].name").value("決標"))
			.andExpect(jsonPath("$.version").value(0));
		assertThat(audits("tracked-item", id)).isEqualTo(1);
	}

	@Test
	void eachBrokenRuleIsNamedAndNothingIsSaved() throws Exception {
		long before = items();
		Map<String, Object> bad = with(with(tender(users.ownAgency()), "budgetTotal", 999_999), "title", " ");
		bad = with(bad, "plannedProgress", Map.of("1990-01", 30, "1990-02", 20));
		send(post("/api/tracking/items"), bad, Role.AGENCY_LIAISON)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("budgetTotal")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("plannedProgress.1990-02")));
		Map<String, Object> council = with(tender(users.ownAgency()), "type", "COUNCIL_RESOLUTION");
		send(post("/api/tracking/items"), with(council, "details", Map.of("replyDeadline", "明天")), Role.AGENCY_LIAISON)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("details.councilSession")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("details.replyDeadline")));
		assertThat(items()).isEqualTo(before);
	}

	@Test
	void aStaleEditIsRefusedWith409() throws Exception {
		Map<String, Object> item = tender(users.ownAgency());
		long id = create(item);
		send(put("/api/tracking/items/" + id), with(with(item, "version", 0), "title", "改名"), Role.AGENCY_LIAISON)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		send(put("/api/tracking/items/" + id), with(with(item, "version", 0), "title", "再改"), Role.CASE_HANDLER)
			.andExpect(status().isConflict());
		mvc.perform(get("/api/tracking/items/" + id).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(jsonPath("$.title").value("改名"));
	}

	@Test
	void reportsCarryTheirLagClass() throws Exception {
		long id = create(tender(users.ownAgency()));
		submit(id, report("1990-01", 12)).andExpect(status().isOk())
			.andExpect(jsonPath("$.lagClass").value("AHEAD"))
			.andExpect(jsonPath("$.late").value(true));
		// February: planned 20, and the checkpoint of 15 February was not reached
		submit(id, report("1990-02", 20)).andExpect(jsonPath("$.lagClass").value("BEHIND"));
		// a tender follows the procurement rule: 10 points are not enough, 20 points and 61 days are
		submit(id, report("1990-03", 20)).andExpect(jsonPath("$.lagClass").value("BEHIND"))
			.andExpect(jsonPath("$.lagPoints").value(-10.0));
		submit(id, report("1990-04", 20)).andExpect(jsonPath("$.lagClass").value("SERIOUSLY_BEHIND"))
			.andExpect(jsonPath("$.lagPoints").value(-20.0));
	}

	@Test
	void badProgressIsRefusedNamingTheField() throws Exception {
		long id = create(tender(users.ownAgency()));
		submit(id, report("1990-01", 101)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("actualPercent"));
		submit(id, report("1990-13", 10)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
		submit(id, report("1990-01", 15)).andExpect(status().isOk());
		submit(id, report("1990-02", 12)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("correctionReason"));
		submit(id, with(report("1990-02", 12), "correctionReason", "一月誤植")).andExpect(status().isOk());
		assertThat(audits("progress-report", null)).isPositive();
	}

	@Test
	void releasedItemsTakeNoReports() throws Exception {
		long id = create(with(tender(users.ownAgency()), "status", "RELEASED"));
		submit(id, report("1990-01", 10)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
	}

	@Test
	void aStaleReportIsRefusedWith409() throws Exception {
		long id = create(tender(users.ownAgency()));
		submit(id, report("1990-01", 10)).andExpect(status().isOk());
		submit(id, with(report("1990-01", 11), "version", 0)).andExpect(status().isOk());
		submit(id, with(report("1990-01", 12), "version", 0)).andExpect(status().isConflict());
	}

	@Test
	void executionRatesCountEveryTrackedItemOfTheMonth() throws Exception {
		// an agency of its own: other tests add items to the own agency in the same month
		long agency = users.otherAgency();
		JsonNode before = rateOf("TCG-TRA");
		long onTime = create(tender(agency));
		// a special project follows the city's rule: 10 points behind is seriously behind
		long late = create(with(tender(agency), "type", "SPECIAL_PROJECT"));
		create(tender(agency)); // no report: counts as behind
		submit(onTime, report("1990-01", 10)).andExpect(status().isOk());
		submit(late, report("1990-01", 0)).andExpect(status().isOk());
		JsonNode after = rateOf("TCG-TRA");
		assertThat(count(after, "tracked") - count(before, "tracked")).isEqualTo(3);
		assertThat(count(after, "onSchedule") - count(before, "onSchedule")).isEqualTo(1);
		assertThat(count(after, "seriouslyBehind") - count(before, "seriouslyBehind")).isEqualTo(1);
		assertThat(count(after, "behind") - count(before, "behind")).isEqualTo(1);
		assertThat(after.get("executionRate").decimalValue().doubleValue())
			.isEqualTo((count(after, "ahead") + count(after, "onSchedule")) / (double) count(after, "tracked"), org.assertj.core.api.Assertions.within(0.0001));
	}

	@Test
	void aBadMonthIsAProblemNamingMonth() throws Exception {
		for (String month : new String[] { "2026-13", "115-01", "" }) {
			mvc.perform(get("/api/tracking/execution-rates").param("month", month).with(users.as(Role.RDEC_STAFF)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("month"));
		}
	}

	private JsonNode rateOf(String agencyCode) throws Exception {
		String body = mvc.perform(get("/api/tracking/execution-rates").param("month", "1990-01")
			.with(users.as(Role.RDEC_STAFF))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		for (JsonNode row : tw.yankao.tracking.TrackingFixture.JSON.readTree(body)) {
			if (row.get("agencyCode").asString().equals(agencyCode)) {
				return row;
			}
		}
		return tw.yankao.tracking.TrackingFixture.JSON.readTree("{\"tracked\":0,\"ahead\":0,\"onSchedule\":0,\"behind\":0,\"seriouslyBehind\":0}");
	}

	private static long count(JsonNode row, String field) {
		return row.get(field).asLong();
	}

	private long create(Map<String, Object> item) throws Exception {
		long agency = ((Number) item.get("ownerAgencyId")).longValue();
		String body = mvc.perform(post("/api/tracking/items").with(csrf()).with(users.as(Role.AGENCY_LIAISON, agency))
			.contentType(MediaType.APPLICATION_JSON).content(json(item)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return tw.yankao.tracking.TrackingFixture.JSON.readTree(body).get("id").asLong();
	}

	private ResultActions submit(long id, Map<String, Object> report) throws Exception {
		long agency = jdbc.sql("select owner_agency_id from tracking_items where id = ?").param(id).query(Long.class).single();
		return mvc.perform(post("/api/tracking/items/" + id + "/reports").with(csrf())
			.with(users.as(Role.AGENCY_LIAISON, agency))
			.contentType(MediaType.APPLICATION_JSON).content(json(report)));
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			Map<String, Object> body, Role role) throws Exception {
		return mvc.perform(request.with(csrf()).with(users.as(role)).contentType(MediaType.APPLICATION_JSON).content(json(body)));
	}

	private long items() {
		return jdbc.sql("select count(*) from tracking_items").query(Long.class).single();
	}

	private long audits(String entity, Long id) {
		return jdbc.sql("select count(*) from audit_entry where entity = ? and (cast(? as text) is null or entity_id = ?)")
			.params(entity, id == null ? null : id.toString(), id == null ? null : id.toString()).query(Long.class).single();
	}

}
