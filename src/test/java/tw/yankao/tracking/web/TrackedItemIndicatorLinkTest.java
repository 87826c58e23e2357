package tw.yankao.tracking.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tw.yankao.plan.PlanIndicatorDirectory;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.tracking.TrackingFixture.json;
import static tw.yankao.tracking.TrackingFixture.tender;
import static tw.yankao.tracking.TrackingFixture.with;

/**
 * Links from a tracked item to indicators of its owner agency's annual plans, read through the plan
 * module's {@link PlanIndicatorDirectory}: through the API and the form, shown on the item's page,
 * and refused for an unknown indicator or another agency's. The published plans of ROC 82 (1993)
 * titled {@code IL82 } are made here; items are numbered {@code IL93-}.
 */
@YankaoWebTest
class TrackedItemIndicatorLinkTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanIndicatorDirectory directory;

	long own;

	long other;

	@BeforeEach
	void plans() {
		own = indicator(users.ownAgency(), "本府標案管考執行率");
		other = indicator(users.otherAgency(), "他機關指標");
	}

	@AfterEach
	void clean() {
		jdbc.sql("delete from tracking_items where item_number like 'IL93-%'").update();
		jdbc.sql("delete from annual_plan where title like 'IL82 %'").update();
	}

	@Test
	void theDirectoryListsAnAgencysIndicatorsOfTheYearWithTheirPlan() {
		assertThat(directory.indicatorsOf(users.ownAgency(), 82))
			.containsExactly(new PlanIndicatorDirectory.IndicatorSummary(own, users.ownAgency(), 82, "本府標案管考執行率",
					"IL82 年度施政計畫"));
		assertThat(directory.indicator(other)).map(PlanIndicatorDirectory.IndicatorSummary::agencyId)
			.contains(users.otherAgency());
	}

	@Test
	void theApiKeepsTheLinkAndThePageLinksToTheIndicator() throws Exception {
		String body = mvc.perform(api(with(tender1993("IL93-1"), "indicatorIds", List.of(own))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.indicatorIds[0]").value(own))
			.andReturn().getResponse().getContentAsString();
		long id = tw.yankao.tracking.TrackingFixture.JSON.readTree(body).get("id").asLong();
		mvc.perform(get("/tracking/items/" + id).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(content().string(containsString("href=\"/plans/achievement/indicators/" + own + "\"")))
			.andExpect(content().string(containsString("82 年 IL82 年度施政計畫：本府標案管考執行率")));
	}

	@Test
	void anUnknownIndicatorOrAnotherAgencysIsNamedAndNothingIsSaved() throws Exception {
		long before = count();
		mvc.perform(api(with(tender1993("IL93-2"), "indicatorIds", List.of(own, other))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("indicatorIds"));
		mvc.perform(api(with(tender1993("IL93-3"), "indicatorIds", List.of(-1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("indicatorIds"));
		mvc.perform(form("IL93-4", String.valueOf(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"indicatorIds-error\"")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theFormOffersTheOwnersIndicatorsOfTheItemsYearsAndSavesTheChoice() throws Exception {
		mvc.perform(form("IL93-5", "").param("addRow", "indicators"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + own + "\"")))
			.andExpect(content().string(not(containsString("他機關指標"))));
		mvc.perform(form("IL93-5", String.valueOf(own))).andExpect(redirectedUrlPattern("/tracking/items/*"));
		long id = jdbc.sql("select id from tracking_items where item_number = 'IL93-5'").query(Long.class).single();
		assertThat(jdbc.sql("select indicator_id from tracking_item_indicators where item_id = ?").param(id)
			.query(Long.class).list()).containsExactly(own);
		mvc.perform(get("/tracking/items/" + id + "/edit").with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(content().string(containsString("<option value=\"" + own + "\" selected=\"selected\"")));
	}

	private long indicator(long agency, String name) {
		long plan = jdbc.sql("""
				insert into annual_plan (agency_id, roc_year, title, status) values (?, 82, 'IL82 年度施政計畫', 'PUBLISHED')
				returning id""").params(agency).query(Long.class).single();
		long goal = jdbc.sql("insert into plan_strategic_goal (plan_id, position, name) values (?, 0, '提升效能') returning id")
			.param(plan).query(Long.class).single();
		return jdbc.sql("insert into plan_indicator (goal_id, position, name) values (?, 0, ?) returning id")
			.params(goal, name).query(Long.class).single();
	}

	private MockHttpServletRequestBuilder form(String number, String indicator) {
		return post("/tracking/items/new").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
			.param("type", "SPECIAL_PROJECT").param("number", number).param("title", "標案管考精進計畫")
			.param("ownerAgencyId", String.valueOf(users.ownAgency())).param("controlLevel", "CITY")
			.param("responsiblePeople", "王小明").param("startDate", "1993-01-01").param("endDate", "1993-12-31")
			.param("budgetTotal", "0").param("budgetThisYear", "0").param("status", "TRACKED")
			.param("plannedMonth", "1993-12").param("plannedPercent", "100").param("indicatorIds", indicator);
	}

	private MockHttpServletRequestBuilder api(java.util.Map<String, Object> item) {
		return post("/api/tracking/items").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
			.contentType(MediaType.APPLICATION_JSON).content(json(item));
	}

	private java.util.Map<String, Object> tender1993(String number) {
		java.util.Map<String, Object> item = with(tender(users.ownAgency()), "number", number);
		item = with(with(item, "startDate", "1993-01-01"), "endDate", "1993-12-31");
		return with(item, "plannedProgress", java.util.Map.of("1993-12", 100));
	}

	private long count() {
		return jdbc.sql("select count(*) from tracking_items").query(Long.class).single();
	}

}
