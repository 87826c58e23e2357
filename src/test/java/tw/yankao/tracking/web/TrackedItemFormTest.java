package tw.yankao.tracking.web;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tw.yankao.shared.security.Role;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages that create and edit a tracked item: all fields with rows and type-specific fields,
 * every bad field named at once with nothing saved, a stale edit refused with 409. Items are
 * numbered {@code IF94-} and lie in 1994.
 */
@YankaoWebTest
class TrackedItemFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void clean() {
		jdbc.sql("delete from tracking_items where item_number like 'IF94-%'").update();
	}

	@Test
	void anOverseasTripReportIsCreatedWithCoAgenciesPlannedMonthsCheckpointsAndItsDueDate() throws Exception {
		mvc.perform(trip("IF94-1"))
			.andExpect(redirectedUrlPattern("/tracking/items/*"));

		long id = id("IF94-1");
		assertThat(jdbc.sql("""
				select details ->> 'destination' || ' ' || (details ->> 'reportDueDate') || ' ' || co_agency_ids[1]
				  from tracking_items where id = ?""").param(id).query(String.class).single())
			.isEqualTo("中國大陸上海 1994-12-30 " + users.otherAgency());
		assertThat(jdbc.sql("select count(*) from tracking_planned_progress where item_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select name from tracking_checkpoints where item_id = ?").param(id).query(String.class).list())
			.containsExactly("提出出國報告");
		mvc.perform(get("/tracking/items/" + id).with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(content().string(containsString("id=\"edit-item\"")));
	}

	@Test
	void everyBadFieldIsNamedAtOnceAndNothingIsSaved() throws Exception {
		mvc.perform(post("/tracking/items/new").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
				.param("type", "OVERSEAS_TRIP_REPORT").param("number", "IF94-2").param("title", " ")
				.param("ownerAgencyId", String.valueOf(users.ownAgency())).param("controlLevel", "CITY")
				.param("responsiblePeople", "王小明").param("startDate", "1994-13-01").param("endDate", "1994-12-31")
				.param("budgetTotal", "十萬").param("status", "TRACKED")
				.param("plannedMonth", "1994-10", "1994-11", "1994-12").param("plannedPercent", "50", "40", "120")
				.param("checkpointName", "報告").param("checkpointPlanned", "").param("checkpointActual", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("id=\"title-error\"")))
			.andExpect(content().string(containsString("「1994-13-01」不是日期")))
			.andExpect(content().string(containsString("「十萬」不是數字")))
			.andExpect(content().string(containsString("預定累計進度不可低於前一個月")))
			.andExpect(content().string(containsString("進度須介於 0 % 與 100 % 之間")))
			.andExpect(content().string(containsString("id=\"details.returnDate-error\"")))
			.andExpect(content().string(containsString("有 7 個欄位需要修正")));
		assertThat(count()).isZero();
	}

	@Test
	void anotherRowCanBeAddedWithoutSaving() throws Exception {
		mvc.perform(trip("IF94-3").param("addRow", "checkpoint"))
			.andExpect(status().isOk())
			// the filled row and the blank one sent, and one more
			.andExpect(content().string(containsString("id=\"checkpointName[2]\"")))
			.andExpect(content().string(not(containsString("id=\"checkpointName[3]\""))))
			.andExpect(content().string(containsString("value=\"提出出國報告\"")));
		assertThat(count()).isZero();
	}

	@Test
	void anEditKeepsOtherDetailsAndAStaleEditIsAConflictWithAReloadLink() throws Exception {
		mvc.perform(trip("IF94-4")).andExpect(redirectedUrlPattern("/tracking/items/*"));
		long id = id("IF94-4");
		jdbc.sql("update tracking_items set details = details || '{\"councilNote\": \"kept\"}' where id = ?").param(id).update();
		mvc.perform(get("/tracking/items/" + id + "/edit").with(users.as(Role.CASE_HANDLER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"中國大陸上海\"")))
			// due one month after return from mainland China
			.andExpect(content().string(containsString("83年12月30日")));

		mvc.perform(edit(id, 0).param("title", "改名後的出國報告")).andExpect(redirectedUrl("/tracking/items/" + id));
		mvc.perform(edit(id, 0).param("title", "再改")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("/tracking/items/" + id)));

		assertThat(jdbc.sql("select title || ' ' || (details ->> 'councilNote') || ' ' || version from tracking_items where id = ?")
			.param(id).query(String.class).single()).isEqualTo("改名後的出國報告 kept 1");
	}

	@Test
	void theTypesFieldsAreSwappedInAndOnlyEditorsOpenTheForm() throws Exception {
		mvc.perform(get("/tracking/items/details").param("type", "MAYORS_COMMITMENT").with(users.as(Role.AGENCY_LIAISON))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"details.source\"")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/tracking/items/new").with(users.as(Role.AGENCY_HEAD))).andExpect(status().isForbidden());
		mvc.perform(get("/tracking/items/new").with(users.as(Role.AGENCY_LIAISON))).andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder trip(String number) {
		return post("/tracking/items/new").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
			.param("type", "OVERSEAS_TRIP_REPORT").param("number", number).param("title", "智慧城市考察出國報告")
			.param("ownerAgencyId", String.valueOf(users.ownAgency()))
			.param("coAgencyIds", String.valueOf(users.otherAgency())).param("controlLevel", "CITY")
			.param("responsiblePeople", "王小明").param("startDate", "1994-12-01").param("endDate", "1995-06-30")
			.param("budgetTotal", "0").param("budgetThisYear", "0").param("status", "TRACKED")
			.param("details.returnDate", "1994-11-30").param("details.destination", "中國大陸上海")
			.param("details.mainlandChina", "false", "true")
			.param("plannedMonth", "1994-12", "1995-01", "").param("plannedPercent", "50", "100", "")
			.param("checkpointName", "提出出國報告", "").param("checkpointPlanned", "1994-12-30", "")
			.param("checkpointActual", "", "");
	}

	private MockHttpServletRequestBuilder edit(long id, int version) {
		Map<String, String> item = Map.of("type", "OVERSEAS_TRIP_REPORT", "number", "IF94-4", "ownerAgencyId",
				String.valueOf(users.ownAgency()), "controlLevel", "CITY", "responsiblePeople", "王小明", "startDate",
				"1994-12-01", "endDate", "1995-06-30", "status", "TRACKED", "details.returnDate", "1994-11-30",
				"version", String.valueOf(version));
		MockHttpServletRequestBuilder request = post("/tracking/items/" + id + "/edit").with(csrf())
			.with(users.as(Role.CASE_HANDLER));
		item.forEach(request::param);
		return request;
	}

	private long id(String number) {
		return jdbc.sql("select id from tracking_items where item_number = ?").param(number).query(Long.class).single();
	}

	private long count() {
		return jdbc.sql("select count(*) from tracking_items where item_number like 'IF94-%'").query(Long.class).single();
	}

}
