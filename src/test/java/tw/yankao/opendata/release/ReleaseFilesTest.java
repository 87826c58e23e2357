package tw.yankao.opendata.release;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import tw.yankao.opendata.TestDatasets;

import static org.assertj.core.api.Assertions.assertThat;

/** The three formats hold the same rows: CSV with a BOM, JSON with typed numbers, ODS that odfdom reads. */
class ReleaseFilesTest {

	static final List<List<String>> ROWS = List.of(Arrays.asList("A1", "1978-04-02", "3", "路燈, \"不亮\""),
			Arrays.asList("A2", "1978-04-30", "12", null));

	@Test
	void csvStartsWithABomAndQuotesWhatNeedsIt() {
		byte[] csv = ReleaseFiles.csv(TestDatasets.CASES, ROWS);
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(
				"\uFEFF案件編號,受理日期,件數,摘要\r\nA1,1978-04-02,3,\"路燈, \"\"不亮\"\"\"\r\nA2,1978-04-30,12,\r\n");
	}

	@Test
	void jsonKeysRowsByFieldNameWithNumbersAsNumbers() throws Exception {
		JsonNode json = new ObjectMapper().readTree(ReleaseFiles.json(TestDatasets.CASES, ROWS));
		assertThat(json.size()).isEqualTo(2);
		assertThat(json.get(0).get("件數").isNumber()).isTrue();
		assertThat(json.get(1).get("件數").asInt()).isEqualTo(12);
		assertThat(json.get(1).get("摘要").isNull()).isTrue();
	}

	@Test
	void odsIsReadableWithOdfdom() throws Exception {
		byte[] ods = ReleaseFiles.ods(TestDatasets.CASES, ROWS);
		try (OdfSpreadsheetDocument document = OdfSpreadsheetDocument.loadDocument(new ByteArrayInputStream(ods))) {
			OdfTable table = document.getTableList().get(0);
			assertThat(table.getTableName()).isEqualTo("test-cases");
			assertThat(table.getCellByPosition(0, 0).getStringValue()).isEqualTo("案件編號");
			assertThat(table.getCellByPosition(3, 1).getStringValue()).isEqualTo("路燈, \"不亮\"");
			assertThat(table.getCellByPosition(2, 2).getDoubleValue()).isEqualTo(12.0);
		}
	}

}
