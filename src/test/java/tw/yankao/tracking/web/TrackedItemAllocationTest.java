package tw.yankao.tracking.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;
import tw.yankao.tracking.ControlLevel;
import tw.yankao.tracking.TrackedItemEntry;
import tw.yankao.tracking.TrackedItemRules;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackedItemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.tracking.TrackingFixture.json;
import static tw.yankao.tracking.TrackingFixture.report;
import static tw.yankao.tracking.TrackingFixture.tender;
import static tw.yankao.tracking.TrackingFixture.with;

/**
 * The monthly budget allocation of a tracked item: stored beside each planned month through the API
 * and the form, shown against reported spending on the item's page, never negative and, for the
 * current year, within this year's budget. Items are numbered {@code AL93-} and lie in 1993, except
 * refused ones in the current year, which are never saved.
 */
@YankaoWebTest
class TrackedItemAllocationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CityProfile profile;

	@AfterEach
	void clean() {
		jdbc.sql("delete from tracking_items where item_number like 'AL93-%'").update();
	}

	@Test
	void theApiKeepsTheAllocationAndThePageShowsItAgainstReportedSpending() throws Exception {
		Map<String, Object> item = tender1993("AL93-1");
		item = with(item, "plannedSpending", Map.of("1993-01", 300_000, "1993-02", 200_000));
		String body = mvc.perform(post("/api/tracking/items").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
				.contentType(MediaType.APPLICATION_JSON).content(json(item)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.plannedSpending['1993-02']").value(200_000))
			.andReturn().getResponse().getContentAsString();
		long id = tw.yankao.tracking.TrackingFixture.JSON.readTree(body).get("id").asLong();
		mvc.perform(get("/api/tracking/items/" + id).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(jsonPath("$.plannedSpending['1993-01']").value(300_000));
		mvc.perform(post("/api/tracking/items/" + id + "/reports").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
				.contentType(MediaType.APPLICATION_JSON).content(json(report("1993-02", 20))))
			.andExpect(status().isOk());

		mvc.perform(get("/tracking/items/" + id).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("月分配預算（新臺幣元）")))
			// February: allocated 200,000, 500,000 planned so far, 100,000 reported spent
			.andExpect(content().string(containsString("<td class=\"number\">200,000</td>")))
			.andExpect(content().string(containsString("<td class=\"number\">500,000</td>")))
			.andExpect(content().string(containsString("<td class=\"number\">100,000</td>")));
	}

	@Test
	void aNegativeAllocationOrOneBeyondThisYearsBudgetIsNamedAndNothingIsSaved() throws Exception {
		long before = count();
		mvc.perform(api(with(tender1993("AL93-2"), "plannedSpending", Map.of("1993-02", -1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("plannedSpending.1993-02")));

		int year = Year.now().getValue();
		Map<String, Object> current = with(with(with(tender1993("AL93-3"), "startDate", year + "-01-01"), "endDate",
				year + "-12-31"), "plannedProgress", Map.of(year + "-01", 10, year + "-02", 20, year + "-03", 30));
		// this year's budget is 1,500,000: the second month brings the sum to 1,600,000
		current = with(current, "plannedSpending", Map.of(year + "-01", 900_000, year + "-02", 700_000, year + "-03", 0));
		mvc.perform(api(current))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("plannedSpending." + year + "-02"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void onlyTheCurrentYearsMonthsAreCheckedAgainstThisYearsBudget() {
		TrackedItemRules in1993 = new TrackedItemRules(profile.tracking(), id -> true,
				Clock.fixed(LocalDate.of(1993, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		TrackedItemEntry twoYears = new TrackedItemEntry(TrackedItemType.SPECIAL_PROJECT, "AL93-X", "跨年度計畫", 1L,
				List.of(), ControlLevel.CITY, "王小明", LocalDate.of(1993, 1, 1), LocalDate.of(1994, 12, 31),
				BigDecimal.valueOf(3_000_000), BigDecimal.valueOf(1_000_000), TrackedItemStatus.TRACKED, Map.of(),
				Map.of(YearMonth.of(1993, 12), BigDecimal.valueOf(50), YearMonth.of(1994, 12), BigDecimal.valueOf(100)),
				List.of(), Map.of(YearMonth.of(1993, 12), BigDecimal.valueOf(1_000_000), YearMonth.of(1994, 12),
						BigDecimal.valueOf(2_000_000)), null, null);
		in1993.check(twoYears);

		TrackedItemRules in1994 = new TrackedItemRules(profile.tracking(), id -> true,
				Clock.fixed(LocalDate.of(1994, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> in1994.check(twoYears));
		assertThat(invalid.errors()).extracting(InvalidInput.FieldError::field).containsExactly("plannedSpending.1994-12");
	}

	@Test
	void theFormTakesAnAllocationPerRowAndNamesTheRowBeyondTheBudget() throws Exception {
		mvc.perform(form("AL93-4", "1993", "100000", "200000"))
			.andExpect(redirectedUrlPattern("/tracking/items/*"));
		long id = jdbc.sql("select id from tracking_items where item_number = 'AL93-4'").query(Long.class).single();
		assertThat(jdbc.sql("select sum(planned_spending) from tracking_planned_progress where item_id = ?").param(id)
			.query(BigDecimal.class).single()).isEqualByComparingTo("300000");
		mvc.perform(get("/tracking/items/" + id + "/edit").with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(content().string(containsString("id=\"plannedSpending[1]\" value=\"200000\"")));

		String year = String.valueOf(Year.now().getValue());
		mvc.perform(form("AL93-5", year, "100000", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"plannedSpending[1]-error\"")))
			.andExpect(content().string(containsString("第 2 列月分配預算（新臺幣元）")));
		mvc.perform(form("AL93-6", year, "1000000", "600000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"plannedSpending[1]-error\"")))
			.andExpect(content().string(containsString("各月分配預算合計超過本年度預算 1500000 元")));
		assertThat(jdbc.sql("select count(*) from tracking_items where item_number in ('AL93-5', 'AL93-6')")
			.query(Long.class).single()).isZero();
	}

	private MockHttpServletRequestBuilder form(String number, String year, String first, String second) {
		return post("/tracking/items/new").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
			.param("type", "SPECIAL_PROJECT").param("number", number).param("title", "公園綠美化計畫")
			.param("ownerAgencyId", String.valueOf(users.ownAgency())).param("controlLevel", "CITY")
			.param("responsiblePeople", "王小明").param("startDate", year + "-01-01").param("endDate", year + "-12-31")
			.param("budgetTotal", "2000000").param("budgetThisYear", "1500000").param("status", "TRACKED")
			.param("plannedMonth", year + "-01", year + "-02", "").param("plannedPercent", "20", "40", "")
			.param("plannedSpending", first, second, "");
	}

	private MockHttpServletRequestBuilder api(Map<String, Object> item) {
		return post("/api/tracking/items").with(csrf()).with(users.as(Role.AGENCY_LIAISON))
			.contentType(MediaType.APPLICATION_JSON).content(json(item));
	}

	private Map<String, Object> tender1993(String number) {
		Map<String, Object> item = with(tender(users.ownAgency()), "number", number);
		item = with(with(item, "startDate", "1993-01-01"), "endDate", "1993-12-31");
		return with(item, "plannedProgress", Map.of("1993-01", 10, "1993-02", 20, "1993-03", 30));
	}

	private long count() {
		return jdbc.sql("select count(*) from tracking_items").query(Long.class).single();
	}

}
