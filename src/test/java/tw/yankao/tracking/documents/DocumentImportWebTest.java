package tw.yankao.tracking.documents;

import java.time.LocalDate;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * The document import: both file formats, due dates computed on the working-day calendar, every
 * bad row reported with nothing stored, upsert by document number, the liaison's scope, and the
 * page's check-then-import. Documents are received in 2001, a year without an imported calendar.
 */
@YankaoWebTest
class DocumentImportWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	TestUsers users;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void clean() {
		DocumentFiles.removeTestDocuments(jdbc);
		EditorFixture.actAsNobody();
	}

	@Test
	void aCsvWithRocDatesIsStoredAndAMissingDueDateComesFromTheUrgencyInWorkingDays() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());
		// Friday 2001-03-02: 普通件 has 6 working days, so Monday 3-12; 最速件 1, so Monday 3-05.
		DocumentImport.Result result = documentImport.importFile("a.csv", DocumentFiles.csv(
				"T-A1,TCG-CON,普通件,一般公文,90/03/02,,90/03/09",
				"T-A2,交通局,最速件,會辦公文,0900302,,",
				"T-A3,TCG-CON,速件,人民申請案件,2001-03-02,2001-03-20,"));

		assertThat(result.rows()).isEqualTo(3);
		assertThat(result.created()).isEqualTo(3);
		assertThat(stored("T-A1")).isEqualTo(new OfficialDocument("T-A1", users.ownAgency(), "NORMAL", "GENERAL",
				LocalDate.of(2001, 3, 2), LocalDate.of(2001, 3, 12), LocalDate.of(2001, 3, 9), false));
		assertThat(stored("T-A2").dueOn()).isEqualTo(LocalDate.of(2001, 3, 5));
		assertThat(stored("T-A2").agencyId()).isEqualTo(users.otherAgency());
		assertThat(stored("T-A3").dueOn()).isEqualTo(LocalDate.of(2001, 3, 20));
		assertThat(stored("T-A3").dueGiven()).isTrue();
	}

	@Test
	void everyBadRowIsReportedWithLineAndColumnAndNothingIsStored() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());

		assertThatThrownBy(() -> documentImport.importFile("bad.csv", DocumentFiles.csv(
				"T-B1,TCG-CON,普通件,一般公文,90/03/02,,",
				"T-B2,NO-SUCH,普通件,一般公文,90/03/02,,",
				"T-B3,TCG-CON,慢件,一般公文,90/13/02,,",
				"T-B1,TCG-CON,普通件,密件,90/03/02,,90/03/01")))
			.isInstanceOfSatisfying(DocumentImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(DocumentImportRejected.RowError::line, DocumentImportRejected.RowError::column,
						DocumentImportRejected.RowError::messageKey)
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple(3, "機關", "documents.import.unknown-agency"),
						org.assertj.core.groups.Tuple.tuple(4, "速別", "documents.import.unknown-urgency"),
						org.assertj.core.groups.Tuple.tuple(4, "收文日期", "documents.import.bad-date"),
						org.assertj.core.groups.Tuple.tuple(5, "文號", "documents.import.duplicate-number"),
						org.assertj.core.groups.Tuple.tuple(5, "類別", "documents.import.unknown-category"),
						org.assertj.core.groups.Tuple.tuple(5, "辦結日期", "documents.import.before-received")));
		assertThat(count()).isZero();
	}

	@Test
	void aMissingRequiredColumnRejectsTheFile() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());

		assertThatThrownBy(() -> documentImport.importFile("x.csv", "文號,機關\nT-C1,TCG-CON\n".getBytes()))
			.isInstanceOfSatisfying(DocumentImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(DocumentImportRejected.RowError::column)
				.containsExactly("速別", "類別", "收文日期"));
	}

	@Test
	void importingADocumentNumberAgainUpdatesIt() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());
		documentImport.importFile("first.csv", DocumentFiles.csv("T-D1,TCG-CON,普通件,一般公文,90/03/02,,"));

		long audited = audited();
		DocumentImport.Result again = documentImport.importFile("second.csv", DocumentFiles.csv(
				"T-D1,TCG-CON,普通件,一般公文,90/03/02,,90/03/20", "T-D2,TCG-CON,速件,訴願答辯,90/03/05,,"));

		assertThat(again.created()).isEqualTo(1);
		assertThat(again.updated()).isEqualTo(1);
		assertThat(stored("T-D1").closedOn()).isEqualTo(LocalDate.of(2001, 3, 20));
		assertThat(count()).isEqualTo(2);
		assertThat(audited()).isEqualTo(audited + 1);
	}

	@Test
	void anXlsxWithEnglishHeadersAndDateCellsIsImported() throws Exception {
		EditorFixture.actAs(SYSTEM_ADMIN, null);

		documentImport.importFile("list.xlsx", DocumentFiles.xlsx("T-E1", "TCG-TRA", LocalDate.of(2001, 3, 2)));

		// 速件: 3 working days after Friday 3-02 is Wednesday 3-07.
		assertThat(stored("T-E1").dueOn()).isEqualTo(LocalDate.of(2001, 3, 7));
		assertThat(stored("T-E1").category()).isEqualTo("GENERAL");
	}

	@Test
	void aBig5CsvIsImported() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());
		byte[] big5 = (DocumentFiles.HEADER + "T-I1,建設局,普通件,訴願答辯,90年3月2日,,\n")
			.getBytes(java.nio.charset.Charset.forName("Big5"));

		documentImport.importFile("big5.csv", big5);

		assertThat(stored("T-I1").category()).isEqualTo("APPEAL_REPLY");
		assertThat(stored("T-I1").agencyId()).isEqualTo(users.ownAgency());
	}

	@Test
	void aBrokenSpreadsheetIsRejectedAsUnreadable() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());

		assertThatThrownBy(() -> documentImport.importFile("broken.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 1, 2 }))
			.isInstanceOfSatisfying(DocumentImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(DocumentImportRejected.RowError::messageKey)
				.containsExactly("documents.import.unreadable"));
	}

	@Test
	void aLiaisonImportsOnlyTheirOwnAgencysDocuments() {
		EditorFixture.actAs(AGENCY_LIAISON, users.ownAgency());

		assertThatThrownBy(() -> documentImport.importFile("mixed.csv", DocumentFiles.csv(
				"T-F1,TCG-CON,普通件,一般公文,90/03/02,,", "T-F2,TCG-TRA,普通件,一般公文,90/03/02,,")))
			.isInstanceOfSatisfying(DocumentImportRejected.class, rejected -> assertThat(rejected.errors())
				.singleElement()
				.satisfies(e -> assertThat(e.messageKey()).isEqualTo("documents.import.outside-scope")));
		assertThat(count()).isZero();
	}

	@Test
	void thePageChecksFirstAndImportsOnRequest() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "list.csv", "text/csv",
				DocumentFiles.csv("T-G1,TCG-CON,普通件,一般公文,90/03/02,,"));

		mvc.perform(multipart("/tracking/documents/import").file(file).param("action", "preview")
				.with(users.as(AGENCY_LIAISON)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-preview\"")))
			.andExpect(content().string(containsString("T-G1")))
			.andExpect(content().string(containsString("90年3月12日")));
		assertThat(count()).isZero();

		mvc.perform(multipart("/tracking/documents/import").file(file).param("action", "import")
				.with(users.as(AGENCY_LIAISON)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-result\"")))
			.andExpect(content().string(not(containsString("import-rejected"))));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void thePageListsTheRejectedRows() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv",
				DocumentFiles.csv("T-H1,NO-SUCH,普通件,一般公文,90/03/02,,"));

		mvc.perform(multipart("/tracking/documents/import").file(file).param("action", "import")
				.with(users.as(RDEC_STAFF)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-rejected\"")))
			.andExpect(content().string(containsString("查無機關「NO-SUCH」")));
		assertThat(count()).isZero();
	}

	@Test
	void onlyAdministratorsRdecAndLiaisonsMayImport() throws Exception {
		matrix.endpoint(() -> get("/tracking/documents/import")).allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON).check();
		matrix.endpoint(() -> multipart("/tracking/documents/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", DocumentFiles.csv())))
			.allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON)
			.check();
	}

	private OfficialDocument stored(String number) {
		return jdbc.sql("""
				select doc_number, agency_id, urgency, category, received_on, due_on, closed_on, due_given
				from tracking_document where doc_number = ?""")
			.param(number)
			.query((rs, n) -> new OfficialDocument(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
					rs.getBoolean(8)))
			.single();
	}

	private long audited() {
		return jdbc.sql("select count(*) from audit_entry where entity = 'document-import' and action = 'IMPORT'")
			.query(Long.class).single();
	}

	private long count() {
		return jdbc.sql("select count(*) from tracking_document where doc_number like 'T-%'").query(Long.class).single();
	}


}
