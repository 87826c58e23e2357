package tw.yankao.tracking.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.tracking.TrackingFixture;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.tracking.TrackingFixture.json;

/**
 * Tracked items of 1983 (ROC 72) and 1984 (ROC 73), years no other test or demo uses, entered
 * through the tracking API as the agency's liaison; numbers start with {@code EV-}.
 */
final class EvaluationFixture {

	static final int ROC_YEAR = 72;

	private final MockMvc mvc;
	private final TestUsers users;
	private final JdbcClient jdbc;

	EvaluationFixture(MockMvc mvc, TestUsers users, JdbcClient jdbc) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
	}

	/** Removes the rounds of 1983–1984 and this fixture's items. */
	void clean() {
		jdbc.sql("delete from tracking_evaluation_rounds where roc_year in (72, 73)").update();
		jdbc.sql("delete from tracking_items where item_number like 'EV-%'").update();
	}

	/**
	 * A tender of 1983 planned to 80 % by December with NT$1,000,000 this year, reported every
	 * month up to 60 % and NT$500,000 spent; 9 of its 12 reports on time. Its computed parts:
	 * progress 75, budget execution 50, timeliness 75.
	 */
	long tender1983(long agencyId, String people) throws Exception {
		Map<String, Object> item = item(agencyId, people, "1983-01-01", "1983-12-31", "TRACKED");
		long id = create(agencyId, item);
		for (int month = 1; month <= 12; month++) {
			Map<String, Object> report = TrackingFixture.report(String.format("1983-%02d", month), month * 5);
			report.put("spending", month == 12 ? 500_000 : month * 10_000);
			mvc.perform(post("/api/tracking/items/" + id + "/reports").with(csrf()).with(users.as(Role.AGENCY_LIAISON, agencyId))
				.contentType(MediaType.APPLICATION_JSON).content(json(report))).andExpect(status().isOk());
		}
		// reports entered now are late for 1983: the first nine were in time in this story
		jdbc.sql("update tracking_progress_reports set late = (month > date '1983-09-01') where item_id = ?").param(id).update();
		return id;
	}

	/** An item of the given dates and status, without reports. */
	long item(long agencyId, String start, String end, String status) throws Exception {
		return create(agencyId, item(agencyId, "李大同", start, end, status));
	}

	private long create(long agencyId, Map<String, Object> item) throws Exception {
		String body = mvc.perform(post("/api/tracking/items").with(csrf()).with(users.as(Role.AGENCY_LIAISON, agencyId))
			.contentType(MediaType.APPLICATION_JSON).content(json(item)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return TrackingFixture.JSON.readTree(body).get("id").asLong();
	}

	private static Map<String, Object> item(long agencyId, String people, String start, String end, String status) {
		Map<String, Object> item = new LinkedHashMap<>(TrackingFixture.tender(agencyId));
		item.put("number", "EV-" + UUID.randomUUID());
		item.put("title", "考核測試標案");
		item.put("responsiblePeople", people);
		item.put("startDate", start);
		item.put("endDate", end);
		item.put("budgetThisYear", 1_000_000);
		item.put("status", status);
		item.put("plannedProgress", Map.of(start.substring(0, 7), 40, end.substring(0, 7), 80));
		item.put("checkpoints", List.of(Map.of("name", "決標", "plannedDate", start)));
		return item;
	}

}
