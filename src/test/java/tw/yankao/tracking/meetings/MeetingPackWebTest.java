package tw.yankao.tracking.meetings;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Pack downloads on items of June 1987: 建設局 has one item seriously behind for months and one on
 * schedule (50 %), 交通局 one behind asking for coordination and one without a report (0 %).
 */
@YankaoWebTest
class MeetingPackWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	JdbcClient jdbc;

	MeetingFixture fixture;

	@BeforeEach
	void items() {
		fixture = new MeetingFixture(jdbc);
		fixture.removeAll();
		long serious = fixture.item("MTGT-001", "豐原大道拓寬工程", users.ownAgency());
		for (int m = 0; m < 8; m++) {
			fixture.report(serious, MeetingFixture.MONTH.minusMonths(7 - m), 10 * (m + 1), 8 * (m + 1),
					m >= 5 ? "SERIOUSLY_BEHIND" : "BEHIND", "用地取得延宕", "召開用地協調會", false);
		}
		long onTime = fixture.item("MTGT-002", "公園步道改善", users.ownAgency());
		fixture.report(onTime, MeetingFixture.MONTH, 50, 50, "ON_SCHEDULE", null, null, false);
		long coordination = fixture.item("MTGT-003", "捷運站轉乘停車場", users.otherAgency());
		fixture.report(coordination, MeetingFixture.MONTH, 40, 35, "BEHIND", "管線遷移延宕", "請府協調台電遷移管線", true);
		fixture.item("MTGT-004", "公車候車亭更新", users.otherAgency());
	}

	@AfterEach
	void clean() {
		fixture.removeAll();
	}

	@Test
	void theCityPackSpreadsheetRanksAgenciesAndReviewsSeriouslyBehindItemsWithHistory() throws Exception {
		byte[] xlsx = mvc.perform(get("/tracking/meetings/packs/city").param("month", "1987-06").param("format", "xlsx")
			.with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("city-control-meeting-1987-06.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(rows(book.getSheet(MeetingPackComposer.RANKING))).containsExactly(
					List.of("1", "建設局", "2", "0", "1", "0", "1", "50.00%", "應提報告"),
					List.of("2", "交通局", "2", "0", "0", "2", "0", "0.00%", "應提報告"));
			assertThat(rows(book.getSheet(MeetingPackComposer.SERIOUSLY_BEHIND))).containsExactly(List.of("MTGT-001",
					"豐原大道拓寬工程", "建設局", "嚴重落後", "80", "64", "-16", "用地取得延宕", "召開用地協調會"));
			assertThat(rows(book.getSheet(MeetingPackComposer.HISTORY))).extracting(row -> row.get(1) + " " + row.get(4))
				.containsExactly("76年1月 -6", "76年2月 -8", "76年3月 -10", "76年4月 -12", "76年5月 -14", "76年6月 -16");
			assertThat(rows(book.getSheet(MeetingPackComposer.COORDINATION))).extracting(row -> row.get(0) + " " + row.get(8))
				.containsExactly("MTGT-003 請府協調台電遷移管線");
		}
	}

	@Test
	void theAgencyPackHoldsOnlyTheAgencysItemsBehind() throws Exception {
		byte[] docx = mvc.perform(get("/tracking/meetings/packs/agency/" + TestUsers.OTHER_AGENCY).param("month", "1987-06")
			.param("format", "docx").with(users.as(AGENCY_LIAISON, users.otherAgency())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(text.getText()).contains("交通局76年6月管制會報資料", "MTGT-003", "請府協調台電遷移管線", "MTGT-004", "未填報",
					"執行率 0.00%")
				.doesNotContain("MTGT-001", "MTGT-002");
		}
	}

	@Test
	void badMonthsAndFormatsAreFieldErrors() throws Exception {
		mvc.perform(get("/tracking/meetings/packs/city").param("month", "1987-13").with(users.as(RDEC_STAFF)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"))
			.andExpect(jsonPath("$.errors[0].reason").value(containsString("YYYY-MM")));
		mvc.perform(get("/tracking/meetings/packs/city").param("month", "2999-01").with(users.as(RDEC_STAFF))
			.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"))
			.andExpect(jsonPath("$.errors[0].reason").value("The month \"2999-01\" has not come yet"));
		mvc.perform(get("/tracking/meetings/packs/city").param("month", "1987-06").param("format", "txt")
			.with(users.as(RDEC_STAFF)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
	}

	@Test
	void everyFormatIsOffered() throws Exception {
		for (String format : List.of("odt", "docx", "pdf", "xlsx")) {
			mvc.perform(get("/tracking/meetings/packs/city").param("month", "1987-06").param("format", format)
				.with(users.as(SYSTEM_ADMIN)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("1987-06." + format)));
		}
		mvc.perform(get("/tracking/meetings/packs/city").param("month", "1987-06").param("format", "pdf")
			.with(users.as(SYSTEM_ADMIN)))
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void onlyTheCityReadsTheCityPack() throws Exception {
		matrix.endpoint(() -> get("/tracking/meetings/packs/city").param("month", "1987-06"))
			.allows(SYSTEM_ADMIN, RDEC_STAFF)
			.check();
	}

	@Test
	void agencyLiaisonsAndHeadsReadTheirOwnAgencysPack() throws Exception {
		matrix.agencyRecord(agency -> get("/tracking/meetings/packs/agency/" + TestUsers.OWN_AGENCY).param("month", "1987-06"))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, AGENCY_HEAD)
			.check();
	}

	private static List<List<String>> rows(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() < 2) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			row.forEach(cell -> cells.add(switch (cell.getCellType()) {
				case NUMERIC -> new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros()
					.toPlainString();
				default -> cell.getStringCellValue();
			}));
			rows.add(cells);
		}
		return rows;
	}

}
