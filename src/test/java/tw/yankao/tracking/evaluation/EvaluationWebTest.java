package tw.yankao.tracking.evaluation;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import tw.yankao.shared.csv.CsvFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.tracking.TrackingFixture.json;
import static tw.yankao.tracking.evaluation.EvaluationFixture.ROC_YEAR;

/**
 * A round of ROC 72 (1983) over fixture items: computed parts from the year's tracking data, the
 * reviewer's scores and the grade, bad input, conflicts, finalising, and the rewards list files.
 */
@YankaoWebTest
class EvaluationWebTest {

	private static final String ROUND = "/tracking/evaluation/" + ROC_YEAR;
	private static final String API = "/api/tracking/evaluation/" + ROC_YEAR + "/items";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	EvaluationFixture fixture;

	@BeforeEach
	void clean() {
		fixture = new EvaluationFixture(mvc, users, jdbc);
		fixture.clean();
	}

	@AfterEach
	void cleanAfter() {
		fixture.clean();
	}

	@Test
	void openingARoundFillsTheComputedPartsOfTheYearsItems() throws Exception {
		long tender = fixture.tender1983(users.ownAgency(), "王小明");
		long completed = fixture.item(users.ownAgency(), "1982-07-01", "1983-03-31", "COMPLETED");
		long released = fixture.item(users.ownAgency(), "1983-01-01", "1983-12-31", "TRACKED");
		jdbc.sql("update tracking_items set status = 'RELEASED' where id = ?").param(released).update();
		long nextYear = fixture.item(users.ownAgency(), "1984-01-01", "1984-12-31", "TRACKED");

		long audited = audited();
		open(ROC_YEAR).andExpect(status().is3xxRedirection());

		JsonNode item = evaluationOf(tender);
		assertThat(parts(item)).isEqualTo(Map.of("PROGRESS", "75.0", "BUDGET_EXECUTION", "50.0",
				"REPORTING_TIMELINESS", "75.0", "COUNTERMEASURES", "null"));
		assertThat(item.get("score").isNull()).isTrue();
		// planned 80 by December but never reported: no progress, no spending, no report in time in 3 months
		JsonNode early = evaluationOf(completed);
		assertThat(early.get("parts").get(0).get("value").decimalValue()).isEqualByComparingTo("0");
		assertThat(early.get("parts").get(2).get("value").decimalValue()).isEqualByComparingTo("0");
		assertThat(itemIds()).contains(tender, completed).doesNotContain(released, nextYear);
		assertThat(audited()).isEqualTo(audited + 1);

		open(ROC_YEAR).andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-field=\"year\"")));
		open(java.time.LocalDate.now().getYear() - 1911).andExpect(status().isBadRequest());
	}

	@Test
	void aReviewerScoreGivesTheScoreAndTheGrade() throws Exception {
		long tender = fixture.tender1983(users.ownAgency(), "王小明");
		open(ROC_YEAR);
		JsonNode item = evaluationOf(tender);

		review(item.get("id").asLong(), item.get("version").asInt(), "90", "對策具體可行")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(73.0)).andExpect(jsonPath("$.grade").value("FAIR"))
			.andExpect(jsonPath("$.reviewedBy").value("test-rdec_staff"));
		// (40×75 + 20×50 + 20×75 + 20×0) / 100 = 55: 丙等, a reprimand
		review(item.get("id").asLong(), item.get("version").asInt() + 1, "0", "未提改善對策")
			.andExpect(jsonPath("$.grade").value("POOR"));

		mvc.perform(get(ROUND + "/items/" + item.get("id").asLong()).with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("55.00")))
			.andExpect(content().string(containsString("丙等")))
			.andExpect(content().string(containsString("未提改善對策")));
		mvc.perform(get(ROUND + "/rewards").with(users.as(RDEC_STAFF)))
			.andExpect(content().string(containsString("王小明")))
			.andExpect(content().string(containsString("申誡 1 次")));
	}

	@Test
	void badScoresAndUnknownItemsAreRefusedNamingTheField() throws Exception {
		long tender = fixture.tender1983(users.ownAgency(), "王小明");
		open(ROC_YEAR);
		JsonNode item = evaluationOf(tender);
		long id = item.get("id").asLong();
		int version = item.get("version").asInt();

		review(id, version, "101", "x").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("values.COUNTERMEASURES"));
		review(id, version, "-1", "x").andExpect(status().isBadRequest());
		review(id, version, "80.555", "x").andExpect(status().isBadRequest());
		review(id, version, "80", " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		mvc.perform(put(API + "/" + id).with(csrf()).with(users.as(RDEC_STAFF)).contentType(MediaType.APPLICATION_JSON)
			.content(json(Map.of("version", version, "values", Map.of("COUNTERMEASURES", 80, "PROGRESS", 100), "comment", "x"))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("values.PROGRESS"));
		review(Long.MAX_VALUE, 0, "80", "x").andExpect(status().isNotFound());
		mvc.perform(get("/tracking/evaluation/71").with(users.as(RDEC_STAFF))).andExpect(status().isNotFound());
		// on the page: text that is not a number, and nothing saved
		mvc.perform(post(ROUND + "/items/" + id).with(csrf()).with(users.as(RDEC_STAFF))
			.param("version", String.valueOf(version)).param("values.COUNTERMEASURES", "八十").param("comment", "好"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("data-field=\"values.COUNTERMEASURES\"")))
			.andExpect(content().string(containsString("八十")));
		assertThat(evaluationOf(tender).get("version").asInt()).isEqualTo(version);

		review(id, version, "80", "ok").andExpect(status().isOk());
		review(id, version, "70", "stale").andExpect(status().isConflict());
		mvc.perform(post(ROUND + "/items/" + id).with(csrf()).with(users.as(RDEC_STAFF))
			.param("version", String.valueOf(version)).param("values.COUNTERMEASURES", "70").param("comment", "stale"))
			.andExpect(status().isConflict());
		assertThat(evaluationOf(tender).get("comment").asText()).isEqualTo("ok");
	}

	@Test
	void aFinalRoundIsReadOnlyAndAgenciesThenReadTheirOwnItems() throws Exception {
		long own = fixture.tender1983(users.ownAgency(), "王小明");
		long other = fixture.tender1983(users.otherAgency(), "陳美麗");
		open(ROC_YEAR);
		long ownEvaluation = evaluationOf(own).get("id").asLong();
		long otherEvaluation = evaluationOf(other).get("id").asLong();

		// an open round: the RDEC's only
		mvc.perform(get(ROUND).with(users.as(AGENCY_LIAISON))).andExpect(status().isForbidden());
		mvc.perform(get("/tracking/evaluation").with(users.as(AGENCY_LIAISON)))
			.andExpect(content().string(not(containsString("data-year=\"" + ROC_YEAR + "\""))));
		finalise(0).andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-field=\"round\"")));

		review(ownEvaluation, 0, "100", "優").andExpect(status().isOk());
		review(otherEvaluation, 0, "0", "差").andExpect(status().isOk());
		finalise(7).andExpect(status().isConflict());
		finalise(0).andExpect(status().is3xxRedirection());

		review(ownEvaluation, 1, "50", "after").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("round"));
		mvc.perform(get(ROUND + "/items/" + ownEvaluation).with(users.as(RDEC_STAFF)))
			.andExpect(content().string(not(containsString("id=\"review\" "))))
			.andExpect(content().string(not(containsString("name=\"values.COUNTERMEASURES\""))));
		assertThat(evaluationOf(own).get("comment").asText()).isEqualTo("優");

		mvc.perform(get(ROUND).with(users.as(AGENCY_LIAISON))).andExpect(status().isOk())
			.andExpect(content().string(containsString(evaluationLink(ownEvaluation))))
			.andExpect(content().string(not(containsString(evaluationLink(otherEvaluation)))));
		mvc.perform(get(ROUND + "/items/" + otherEvaluation).with(users.as(AGENCY_LIAISON))).andExpect(status().isForbidden());
		// 75 for the own item (乙等, nothing), 55 for the other (丙等, a reprimand): each agency sees its own only
		mvc.perform(get(ROUND + "/rewards").with(users.as(AGENCY_LIAISON)))
			.andExpect(content().string(containsString("id=\"rewards-none\""))).andExpect(content().string(not(containsString("陳美麗"))));
		mvc.perform(get(ROUND + "/rewards").with(users.as(AGENCY_LIAISON, users.otherAgency())))
			.andExpect(content().string(containsString("陳美麗"))).andExpect(content().string(containsString("申誡")));
	}

	@Test
	void theRewardsListDownloadsAsCsvAndXlsx() throws Exception {
		fixture.tender1983(users.ownAgency(), "王小明");
		long other = fixture.tender1983(users.otherAgency(), "=陳美麗");
		open(ROC_YEAR);
		for (JsonNode e : TrackingFixture.JSON.readTree(mvc.perform(get(API).with(users.as(RDEC_STAFF)))
			.andReturn().getResponse().getContentAsString())) {
			review(e.get("id").asLong(), 0, e.get("itemId").asLong() == other ? "0" : "100", "意見").andExpect(status().isOk());
		}

		byte[] csv = mvc.perform(get(ROUND + "/rewards.csv").with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(csv, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
		CsvFile file = CsvFile.read(csv);
		assertThat(file.header()).containsExactly("機關", "負責人員", "列管編號", "事項名稱", "總分", "等第", "獎懲");
		List<List<String>> rows = file.rows().stream().map(CsvFile.Row::fields).toList();
		// 100 on countermeasures: (3000 + 1000 + 1500 + 2000) / 100 = 75, 乙等, no reward; the other: 55, 丙等
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).contains("'=陳美麗", "55.00", "丙等", "申誡 1 次", "交通局");

		byte[] xlsx = mvc.perform(get(ROUND + "/rewards.xlsx").with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("獎懲");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=陳美麗");
			assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(55.0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
		}
		mvc.perform(get(ROUND + "/rewards.csv").with(users.as(RDEC_STAFF)).param("agency", String.valueOf(users.ownAgency())))
			.andExpect(content().string(not(containsString("陳美麗"))));
	}

	private ResultActions open(int rocYear) throws Exception {
		return mvc.perform(post("/tracking/evaluation").with(csrf()).with(users.as(RDEC_STAFF))
			.param("year", String.valueOf(rocYear)));
	}

	private ResultActions finalise(int version) throws Exception {
		return mvc.perform(post(ROUND + "/finalise").with(csrf()).with(users.as(RDEC_STAFF))
			.param("version", String.valueOf(version)));
	}

	private ResultActions review(long id, int version, String value, String comment) throws Exception {
		return mvc.perform(put(API + "/" + id).with(csrf()).with(users.as(RDEC_STAFF)).contentType(MediaType.APPLICATION_JSON)
			.content(json(Map.of("version", version, "values", Map.of("COUNTERMEASURES", new BigDecimal(value)),
					"comment", comment))));
	}

	private JsonNode evaluationOf(long itemId) throws Exception {
		for (JsonNode e : TrackingFixture.JSON.readTree(mvc.perform(get(API).with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())) {
			if (e.get("itemId").asLong() == itemId) {
				return e;
			}
		}
		throw new AssertionError("no evaluation of item " + itemId);
	}

	private List<Long> itemIds() throws Exception {
		List<Long> ids = new java.util.ArrayList<>();
		TrackingFixture.JSON.readTree(mvc.perform(get(API).with(users.as(RDEC_STAFF))).andReturn().getResponse()
			.getContentAsString()).forEach(e -> ids.add(e.get("itemId").asLong()));
		return ids;
	}

	private long audited() {
		return jdbc.sql("select count(*) from audit_entry where entity = 'evaluation-round' and entity_id = ?")
			.param(String.valueOf(ROC_YEAR)).query(Long.class).single();
	}

	private static Map<String, String> parts(JsonNode evaluation) {
		Map<String, String> parts = new java.util.LinkedHashMap<>();
		evaluation.get("parts").forEach(p -> parts.put(p.get("code").asText(),
				p.get("value").isNull() ? "null" : String.valueOf(p.get("value").doubleValue())));
		return parts;
	}

	private static String evaluationLink(long id) {
		return "/tracking/evaluation/" + ROC_YEAR + "/items/" + id + "\"";
	}

}
