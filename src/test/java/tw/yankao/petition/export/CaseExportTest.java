package tw.yankao.petition.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tw.yankao.shared.csv.CsvFile;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

/** Fixture cases received in March 2001: one for the own agency (TCG-CON), one for the other (TCG-TRA). */
@YankaoWebTest
class CaseExportTest {

	private static final String PERIOD = "from=2001-03-01&to=2001-03-31";

	private static final List<String> TAIPEI = List.of("案件編號", "案件主類別", "案件次類別", "受理機關", "受理科室", "受理日期", "送達日期", "結案日期");

	private static final String NAME = "王小明";

	private static final String PHONE = "0912345678";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	tw.yankao.org.AgencyDirectory agencies;

	@BeforeEach
	void cases() {
		insert("RX2001-OWN", users.ownAgency());
		insert("RX2001-OTHER", users.otherAgency());
	}

	private void insert(String number, long agencyId) {
		Long id = jdbc.sql("""
				insert into petition_case (number, idempotency_key, kind, channel, category, description, address, district,
				  anonymous, petitioner_name, petitioner_phone, petitioner_email, petitioner_address, reply_channel, language,
				  received_at, deadline, status, agency_id, closed_at)
				values (:number, :number, 'PETITION', 'PHONE_1999', 'NOISE', '工地噪音，請回電 0912-345-678 或 ming@example.tw',
				  '臺中市北屯區文心路四段100號5樓', '北屯區', false, :name, :phone, 'ming@example.tw', '臺中市西屯區臺灣大道三段99號',
				  'PHONE', 'zh-TW', timestamptz '2001-03-05 09:00+08', timestamptz '2001-03-15 17:00+08', 'CLOSED', :agency,
				  timestamptz '2001-03-12 10:00+08')
				on conflict (idempotency_key) do nothing returning id""")
			.param("number", number).param("name", NAME).param("phone", PHONE).param("agency", agencyId)
			.query(Long.class).optional().orElse(null);
		if (id != null) {
			jdbc.sql("""
					insert into petition_case_step (case_id, step, from_status, to_status, agency_id, at)
					values (:id, 'ASSIGN', 'RECEIVED', 'ASSIGNED', :agency, timestamptz '2001-03-06 08:30+08')""")
				.param("id", id).param("agency", agencyId).update();
		}
	}

	private byte[] export(RequestPostProcessor user, String query) throws Exception {
		return mvc.perform(get("/petitions/export?" + PERIOD + "&" + query).with(user))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
	}

	private static List<List<String>> csv(byte[] bytes) {
		CsvFile file = CsvFile.read(bytes);
		List<List<String>> rows = new ArrayList<>();
		rows.add(file.header());
		file.rows().forEach(r -> rows.add(r.fields()));
		return rows;
	}

	private static List<List<String>> xlsx(byte[] bytes) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Row row : book.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach(c -> cells.add(formatter.formatCellValue(c)));
				rows.add(cells);
			}
		}
		return rows;
	}

	private static List<List<String>> ods(byte[] bytes) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (OdfSpreadsheetDocument document = OdfSpreadsheetDocument.loadDocument(new ByteArrayInputStream(bytes))) {
			OdfTable table = document.getTableList(false).get(0);
			int columns = table.getColumnCount();
			for (int r = 0; r < table.getRowCount(); r++) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < columns; c++) {
					cells.add(table.getCellByPosition(c, r).getStringValue());
				}
				if (cells.stream().anyMatch(s -> !s.isEmpty())) {
					int end = cells.size();
					while (end > 0 && cells.get(end - 1).isEmpty()) {
						end--;
					}
					rows.add(cells.subList(0, Math.max(end, 1)));
				}
			}
		}
		return rows;
	}

	private static List<String> rowOf(List<List<String>> rows, String number) {
		return rows.stream().filter(r -> r.get(0).equals(number)).findFirst().orElseThrow();
	}

	private static void assertNoPersonalData(List<List<String>> rows) {
		String all = rows.toString();
		assertThat(all).doesNotContain(NAME, PHONE, "0912-345-678", "ming@example.tw", "100號", "臺灣大道");
	}

	@Test
	void theTaipeiLayoutHasTheTaipeiColumnsAndABom() throws Exception {
		byte[] bytes = export(users.as(RDEC_STAFF), "format=csv&layout=taipei");

		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<List<String>> rows = csv(bytes);
		assertThat(rows.get(0)).isEqualTo(TAIPEI);
		assertThat(rowOf(rows, "RX2001-OWN")).containsExactly("RX2001-OWN", "環境", "噪音", agencies.findByCode(TestUsers.OWN_AGENCY).orElseThrow().nameZh(), "",
				"2001-03-05", "2001-03-06", "2001-03-12");
		assertThat(rowOf(rows, "RX2001-OTHER")).isNotNull();
		assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain(NAME, PHONE);
	}

	@Test
	void everyFormatMasksTheListLayout() throws Exception {
		List<List<List<String>>> readBack = List.of(
				csv(export(users.as(RDEC_STAFF), "format=csv&layout=list")),
				xlsx(export(users.as(RDEC_STAFF), "format=xlsx&layout=list")),
				ods(export(users.as(RDEC_STAFF), "format=ods&layout=list")));

		for (List<List<String>> rows : readBack) {
			assertThat(rows.get(0)).startsWith("案件編號", "案件種類", "類別");
			List<String> own = rowOf(rows, "RX2001-OWN");
			assertThat(own).contains("王○明", "臺中市北屯區文心路四段○○", "工地噪音，請回電 [電話] 或 [電子郵件]");
			assertNoPersonalData(rows);
		}
	}

	@Test
	void everyFormatOfTheTaipeiLayoutReadsBackTheSame() throws Exception {
		List<List<String>> fromCsv = csv(export(users.as(RDEC_STAFF), "format=csv&layout=taipei"));
		List<List<String>> fromXlsx = xlsx(export(users.as(RDEC_STAFF), "format=xlsx&layout=taipei"));
		List<List<String>> fromOds = ods(export(users.as(RDEC_STAFF), "format=ods&layout=taipei"));

		assertThat(fromXlsx.get(0)).isEqualTo(TAIPEI);
		assertThat(fromOds.get(0).subList(0, TAIPEI.size())).isEqualTo(TAIPEI);
		assertThat(fromXlsx.stream().map(r -> r.get(0)).toList()).isEqualTo(fromCsv.stream().map(r -> r.get(0)).toList());
		assertThat(fromOds.stream().map(r -> r.get(0)).toList()).isEqualTo(fromCsv.stream().map(r -> r.get(0)).toList());
		assertNoPersonalData(fromXlsx);
		assertNoPersonalData(fromOds);
	}

	@Test
	void agencyHeadsAndLiaisonsExportOnlyTheirOwnAgency() throws Exception {
		for (var role : List.of(AGENCY_HEAD, AGENCY_LIAISON)) {
			List<String> numbers = csv(export(users.as(role), "format=csv&layout=list")).stream().map(r -> r.get(0)).toList();
			assertThat(numbers).contains("RX2001-OWN").doesNotContain("RX2001-OTHER");
		}
		mvc.perform(get("/petitions/export?" + PERIOD + "&format=csv&agency=" + TestUsers.OTHER_AGENCY).with(users.as(AGENCY_HEAD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/petitions/export?" + PERIOD + "&format=csv").with(users.as(CASE_HANDLER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void badParametersAreProblemsNamingTheField() throws Exception {
		mvc.perform(get("/petitions/export?from=2001-03-01&to=2001-02-01&format=pdf").with(users.as(RDEC_STAFF)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/petitions/export?" + PERIOD + "&format=pdf").with(users.as(RDEC_STAFF)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
	}

}
