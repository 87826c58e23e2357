package tw.yankao.tracking.tenders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.plan.editing.EditorFixture;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;
import tw.yankao.tracking.documents.DocumentImportRejected;
import tw.yankao.tracking.documents.DocumentImportRejected.RowError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * The tender import: Big5 CSV and XLSX, the threshold, upsert by tender number with the month's
 * progress, an unchanged re-import, every bad row reported with nothing stored, the liaison's
 * scope and the page. Test tenders are numbered {@code TT-} and lie in ROC year 90 (2001).
 */
@YankaoWebTest
class TenderImportWebTest {

	private static final String HEADER = "標案案號,標案名稱,主辦機關,預算金額,決標金額,年度,月份,預定進度,實際進度\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	TestUsers users;

	@Autowired
	TenderImport tenderImport;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void clean() {
		jdbc.sql("delete from tracking_items where item_number like 'TT-%'").update();
		EditorFixture.actAsNobody();
	}

	@Test
	void aBig5CsvCreatesTendersSkipsSmallOnesAndAReimportChangesNothing() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());
		byte[] file = (HEADER + """
				TT-A1,道路拓寬工程,建設局,"5,000,000",4800000,90,3,20,15
				TT-A2,橋梁補強,TCG-TRA,1000000,,90,3,10%,
				TT-A3,小額採購,TCG-CON,999999,,90,3,50,50
				""").getBytes(Charset.forName("Big5"));

		TenderImport.Result first = tenderImport.importFile("big5.csv", file);

		assertThat(first.rows()).isEqualTo(3);
		assertThat(first.created()).isEqualTo(2);
		assertThat(first.skipped()).isEqualTo(1);
		assertThat(count()).isEqualTo(2);
		assertThat(planned("TT-A1")).isEqualByComparingTo("20");
		assertThat(actual("TT-A1")).isEqualByComparingTo("15");
		assertThat(owner("TT-A2")).isEqualTo(users.otherAgency());
		assertThat(jdbc.sql("select budget_total from tracking_items where item_number = 'TT-A1'")
			.query(BigDecimal.class).single()).isEqualByComparingTo("5000000");

		long versions = versions();
		TenderImport.Result again = tenderImport.importFile("big5.csv", file);

		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(versions()).isEqualTo(versions);
	}

	@Test
	void aKnownTenderGetsTheMonthsPlannedAndActualProgress() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());
		tenderImport.importFile("march.csv", csv("TT-B1,工程,TCG-CON,2000000,,90,3,20,15"));

		TenderImport.Result april = tenderImport.importFile("april.csv", csv("TT-B1,工程,TCG-CON,2000000,,90,4,40,35"));

		assertThat(april.created()).isZero();
		assertThat(april.updated()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select p.planned_percent from tracking_planned_progress p join tracking_items i on i.id = p.item_id
				where i.item_number = 'TT-B1' order by p.month""").query(BigDecimal.class).list())
			.extracting(BigDecimal::intValue).containsExactly(20, 40);
		assertThat(jdbc.sql("""
				select count(*) from tracking_progress_reports r join tracking_items i on i.id = r.item_id
				where i.item_number = 'TT-B1'""").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void everyBadRowIsReportedWithLineAndColumnAndNothingIsStored() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());

		assertThatThrownBy(() -> tenderImport.importFile("bad.csv", csv(
				"TT-C1,工程,TCG-CON,2000000,,90,3,20,15",
				"TT-C2,工程,NO-SUCH,2000000,,90,3,20,15",
				",工程,TCG-CON,2000000,,90,13,20,15",
				"TT-C1,工程,TCG-CON,2000000,,90,3,20,15",
				"TT-C3,工程,TCG-CON,two,,90,3,20,120")))
			.isInstanceOfSatisfying(DocumentImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(RowError::line, RowError::column, RowError::messageKey)
				.containsExactly(
						tuple(3, "主辦機關", "tracking.tenders.unknown-agency"),
						tuple(4, "標案案號", "tracking.tenders.bad-number"),
						tuple(4, "月份", "tracking.tenders.bad-month"),
						tuple(5, "標案案號", "tracking.tenders.duplicate"),
						tuple(6, "預算金額", "tracking.tenders.bad-amount"),
						tuple(6, "實際進度", "tracking.tenders.bad-percent")));
		assertThat(count()).isZero();
	}

	@Test
	void aDecreaseWithoutReasonRejectsTheWholeFileIncludingItsGoodRows() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());
		tenderImport.importFile("march.csv", csv("TT-D1,工程,TCG-CON,2000000,,90,3,20,30"));

		assertThatThrownBy(() -> tenderImport.importFile("april.csv", csv(
				"TT-D2,新工程,TCG-CON,2000000,,90,4,10,5",
				"TT-D1,工程,TCG-CON,2000000,,90,4,40,25")))
			.isInstanceOfSatisfying(DocumentImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(RowError::line, RowError::column, RowError::messageKey)
				.containsExactly(tuple(3, "實際進度", "tracking.progress.decreasing")));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void aMissingColumnIsNamed() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());

		assertThatThrownBy(() -> tenderImport.importFile("x.csv",
				"標案案號,標案名稱,主辦機關,預算金額,年度,月份\nTT-E1,x,TCG-CON,1,90,3\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(DocumentImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(RowError::column).containsExactly("預定進度", "實際進度"));
	}

	@Test
	void anXlsxWithEnglishHeadersIsImported() throws IOException {
		EditorFixture.actAs(SYSTEM_ADMIN, null);

		TenderImport.Result result = tenderImport.importFile("t.xlsx", xlsx("TT-F1", "TCG-TRA", 3_000_000));

		assertThat(result.created()).isEqualTo(1);
		assertThat(owner("TT-F1")).isEqualTo(users.otherAgency());
		assertThat(actual("TT-F1")).isEqualByComparingTo("12.5");
	}

	@Test
	void aLiaisonImportsOnlyTendersOfTheirAgencies() {
		EditorFixture.actAs(AGENCY_LIAISON, users.ownAgency());

		assertThatThrownBy(() -> tenderImport.importFile("mixed.csv", csv(
				"TT-G1,工程,TCG-CON,2000000,,90,3,20,15", "TT-G2,工程,TCG-TRA,2000000,,90,3,20,15")))
			.isInstanceOfSatisfying(DocumentImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(RowError::line, RowError::messageKey)
				.containsExactly(tuple(3, "tracking.tenders.outside-scope")));
		assertThat(count()).isZero();
	}

	@Test
	void aReleasedTenderGetsNoReportAndTheWholeFileIsRejected() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());
		tenderImport.importFile("march.csv", csv("TT-J1,工程,TCG-CON,2000000,,90,3,20,15"));
		jdbc.sql("update tracking_items set status = 'RELEASED' where item_number = 'TT-J1'").update();

		assertThatThrownBy(() -> tenderImport.importFile("april.csv", csv(
				"TT-J2,新工程,TCG-CON,2000000,,90,4,10,5",
				"TT-J1,工程,TCG-CON,2000000,,90,4,40,35")))
			.isInstanceOfSatisfying(DocumentImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(RowError::line, RowError::column, RowError::messageKey)
				.containsExactly(tuple(3, "月份", "tracking.progress.released")));
		assertThat(count()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from tracking_planned_progress p join tracking_items i on i.id = p.item_id
				where i.item_number = 'TT-J1'""").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aReimportKeepsWhatTheAgencyWroteAndClassifiesByTheProcurementRule() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());
		tenderImport.importFile("march.csv", csv("TT-K1,工程,TCG-CON,2000000,,90,1,20,10", "TT-K1,工程,TCG-CON,2000000,,90,3,60,15"));
		jdbc.sql("""
				update tracking_progress_reports set narrative = '用地取得延宕', spending = 12345
				 where item_id = (select id from tracking_items where item_number = 'TT-K1') and month = '2001-03-01'""")
			.update();

		// 40 points behind, and 59 days: the plan reached 20 % at the end of January
		tenderImport.importFile("march-again.csv", csv("TT-K1,工程,TCG-CON,2000000,,90,3,60,20"));

		assertThat(jdbc.sql("""
				select r.narrative || ' ' || r.spending || ' ' || r.actual_percent || ' ' || r.lag_class || ' ' || r.version
				  from tracking_progress_reports r join tracking_items i on i.id = r.item_id
				 where i.item_number = 'TT-K1' and r.month = '2001-03-01'""").query(String.class).single())
			.isEqualTo("用地取得延宕 12345 20.00 SERIOUSLY_BEHIND 1");
	}

	@Test
	void aKnownTenderOfAnotherAgencyIsOutsideALiaisonsScope() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());
		tenderImport.importFile("other.csv", csv("TT-L1,工程,TCG-TRA,2000000,,90,3,20,15"));
		EditorFixture.actAs(AGENCY_LIAISON, users.ownAgency());

		assertThatThrownBy(() -> tenderImport.importFile("mine.csv", csv("TT-L1,工程,TCG-CON,2000000,,90,4,40,35")))
			.isInstanceOfSatisfying(DocumentImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(RowError::line, RowError::messageKey)
				.containsExactly(tuple(2, "tracking.tenders.item-outside-scope")));
		assertThat(owner("TT-L1")).isEqualTo(users.otherAgency());
	}

	@Test
	void thePageChecksFirstThenImportsAndListsRejectedRows() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "t.csv", "text/csv",
				csv("TT-H1,工程,TCG-CON,2000000,,90,3,20,15", "TT-H2,小案,TCG-CON,10,,90,3,20,15"));
		mvc.perform(multipart("/tracking/tenders/import").file(file).param("action", "preview")
				.with(users.as(AGENCY_LIAISON)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-preview\"")))
			.andExpect(content().string(containsString("TT-H1")));
		assertThat(count()).isZero();

		mvc.perform(multipart("/tracking/tenders/import").file(file).param("action", "import")
				.with(users.as(AGENCY_LIAISON)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新增 1 件、更新 0 件、未達門檻略過 1 列")));
		assertThat(count()).isEqualTo(1);

		mvc.perform(multipart("/tracking/tenders/import")
				.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv("TT-H3,工程,NO-SUCH,2000000,,90,3,20,15")))
				.param("action", "import").with(users.as(RDEC_STAFF)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-rejected\"")))
			.andExpect(content().string(containsString("查無機關「NO-SUCH」")));
	}

	@Test
	void onlyAdministratorsRdecAndLiaisonsMayImport() throws Exception {
		matrix.endpoint(() -> get("/tracking/tenders/import")).allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON).check();
		matrix.endpoint(() -> multipart("/tracking/tenders/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", csv())))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON)
			.check();
	}

	private static byte[] csv(String... lines) {
		return ("\uFEFF" + HEADER + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] xlsx(String number, String agency, double budget) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("tenders");
			String[] header = { "tender_number", "tender_name", "agency", "budget", "year", "month", "planned", "actual" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(number);
			row.createCell(1).setCellValue("Bridge repair");
			row.createCell(2).setCellValue(agency);
			row.createCell(3).setCellValue(budget);
			row.createCell(4).setCellValue(90);
			row.createCell(5).setCellValue(3);
			row.createCell(6).setCellValue(20);
			row.createCell(7).setCellValue(12.5);
			book.write(out);
			return out.toByteArray();
		}
	}

	private long count() {
		return jdbc.sql("select count(*) from tracking_items where item_number like 'TT-%'").query(Long.class).single();
	}

	private long versions() {
		return jdbc.sql("""
				select coalesce(sum(i.version), 0) + (select coalesce(sum(r.version), 0) from tracking_progress_reports r
				  join tracking_items j on j.id = r.item_id where j.item_number like 'TT-%')
				from tracking_items i where i.item_number like 'TT-%'""").query(Long.class).single();
	}

	private long owner(String number) {
		return jdbc.sql("select owner_agency_id from tracking_items where item_number = ?").param(number)
			.query(Long.class).single();
	}

	private BigDecimal planned(String number) {
		return jdbc.sql("""
				select p.planned_percent from tracking_planned_progress p join tracking_items i on i.id = p.item_id
				where i.item_number = ?""").param(number).query(BigDecimal.class).single();
	}

	private BigDecimal actual(String number) {
		return jdbc.sql("""
				select r.actual_percent from tracking_progress_reports r join tracking_items i on i.id = r.item_id
				where i.item_number = ?""").param(number).query(BigDecimal.class).single();
	}

}
