package tw.yankao.tracking.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;
import tw.yankao.tracking.TrackingFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The item list, an item's page with its progress form, and the RDEC's execution-rate page. */
@YankaoWebTest
class TrackingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void progressEnteredOnTheFormShowsItsLagClass() throws Exception {
		long id = create(TrackingFixture.tender(users.ownAgency()));
		mvc.perform(post("/tracking/items/" + id + "/reports").with(csrf()).with(users.as(Role.CASE_HANDLER))
			.param("month", "1990-01").param("actualPercent", "4").param("narrative", "延宕"))
			.andExpect(redirectedUrl("/tracking/items/" + id + "?month=1990-01"));
		mvc.perform(get("/tracking/items/" + id).param("month", "1990-01").with(users.as(Role.AGENCY_HEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lag lag-BEHIND")))
			.andExpect(content().string(containsString("逾期填報")))
			.andExpect(content().string(containsString("id=\"progress-chart\"")))
			// the head reads, only liaisons and handlers enter
			.andExpect(content().string(not(containsString("填報每月進度"))));
	}

	@Test
	void badEntriesAreNamedOnTheFormAndNothingIsSaved() throws Exception {
		long id = create(TrackingFixture.tender(users.ownAgency()));
		mvc.perform(post("/tracking/items/" + id + "/reports").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
			.param("month", "1990-01").param("actualPercent", "120"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("進度須介於 0 % 與 100 % 之間")))
			.andExpect(content().string(containsString("id=\"actualPercent-error\"")));
		mvc.perform(post("/tracking/items/" + id + "/reports").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
			.param("month", "1990-01").param("actualPercent", "八成"))
			.andExpect(content().string(containsString("「八成」不是數字")));
		assertThat(jdbc.sql("select count(*) from tracking_progress_reports where item_id = ?").param(id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void theListFiltersByLagClassAndMonth() throws Exception {
		long behind = create(TrackingFixture.tender(users.ownAgency()));
		long onTime = create(TrackingFixture.tender(users.ownAgency()));
		report(behind, "1990-01", "0");
		report(onTime, "1990-01", "10");
		String number = jdbc.sql("select item_number from tracking_items where id = ?").param(behind).query(String.class).single();
		String other = jdbc.sql("select item_number from tracking_items where id = ?").param(onTime).query(String.class).single();
		mvc.perform(get("/tracking/items").param("lag", "SERIOUSLY_BEHIND").param("month", "1990-01")
			.with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(not(containsString(other))));
	}

	@Test
	void theRdecSeesAgenciesUnderTheLineFlagged() throws Exception {
		long id = create(TrackingFixture.tender(users.ownAgency()));
		report(id, "1990-01", "0");
		mvc.perform(get("/tracking/execution-rates").param("month", "1990-01").with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("低於警戒線")))
			.andExpect(content().string(containsString("全市執行率")));
	}

	private void report(long id, String month, String actual) throws Exception {
		mvc.perform(post("/tracking/items/" + id + "/reports").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
			.param("month", month).param("actualPercent", actual)).andExpect(status().is3xxRedirection());
	}

	private long create(Map<String, Object> item) throws Exception {
		String body = mvc.perform(post("/api/tracking/items").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
			.contentType(MediaType.APPLICATION_JSON).content(TrackingFixture.json(item)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return TrackingFixture.JSON.readTree(body).get("id").asLong();
	}

}
