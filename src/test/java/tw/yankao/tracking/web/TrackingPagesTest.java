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
		// a special project follows the city's rule: 10 points behind is seriously behind
		long behind = create(TrackingFixture.with(TrackingFixture.tender(users.ownAgency()), "type", "SPECIAL_PROJECT"));
		long onTime = create(TrackingFixture.tender(users.ownAgency()));
		report(behind, "1990-01", "0");
		report(onTime, "1990-01", "10");
		String number = jdbc.sql("select item_number from tracking_items where id = ?").param(behind).query(String.class).single();
		String other = jdbc.sql("select item_number from tracking_items where id = ?").param(onTime).query(String.class).single();
		mvc.perform(get("/tracking/items").param("lag", "SERIOUSLY_BEHIND").param("month", "1990-01")
			.with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("嚴重落後 (79年1月)")))
			.andExpect(content().string(not(containsString(other))));
	}

	@Test
	void theListIsPagedAndSaysHowManyItemsThereAre() throws Exception {
		jdbc.sql("""
				insert into tracking_items (item_type, item_number, title, owner_agency_id, control_level, responsible_people,
				                            start_date, end_date, status, updated_at)
				select 'ROAD_SAFETY_RECOMMENDATION', 'PG93-' || lpad(n::text, 3, '0'), '道安建議 ' || n, ?, 'CITY', '王小明',
				       date '1993-01-01', date '1993-12-31', 'TRACKED', now()
				  from generate_series(1, 53) n""").param(users.ownAgency()).update();
		try {
			long total = jdbc.sql("""
					select count(*) from tracking_items where item_type = 'ROAD_SAFETY_RECOMMENDATION'
					   and start_date <= date '1993-02-28'""").query(Long.class).single();
			mvc.perform(get("/tracking/items").param("type", "ROAD_SAFETY_RECOMMENDATION").param("month", "1993-02")
				.with(users.as(Role.RDEC_STAFF)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("顯示第 1–50 件，共 " + total + " 件")))
				.andExpect(content().string(containsString("第 1 頁，共 2 頁")))
				.andExpect(content().string(containsString("page=2")))
				.andExpect(content().string(containsString("PG93-053")))
				.andExpect(content().string(not(containsString("PG93-001<"))));
			mvc.perform(get("/tracking/items").param("type", "ROAD_SAFETY_RECOMMENDATION").param("month", "1993-02")
				.param("page", "2").with(users.as(Role.RDEC_STAFF)))
				.andExpect(content().string(containsString("顯示第 51–" + total + " 件，共 " + total + " 件")))
				.andExpect(content().string(containsString("PG93-001<")))
				.andExpect(content().string(containsString("上一頁")))
				.andExpect(content().string(not(containsString("下一頁"))));
		}
		finally {
			jdbc.sql("delete from tracking_items where item_number like 'PG93-%'").update();
		}
	}

	@Test
	void theRdecSeesAgenciesUnderTheLineFlagged() throws Exception {
		long id = create(TrackingFixture.tender(users.ownAgency()));
		report(id, "1990-01", "0");
		mvc.perform(get("/tracking/execution-rates").param("month", "1990-01").with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("低於警戒線")))
			.andExpect(content().string(containsString("79年1月 各機關執行率")))
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
