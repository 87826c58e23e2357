package tw.yankao.opendata.quality;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.TestDatasets;

import static org.assertj.core.api.Assertions.assertThat;

/** Each check passes clean rows and fails the rows it exists to catch, naming row and field. */
class QualityChecksTest {

	static final Dataset DATASET = TestDatasets.CASES;

	static final YearMonth NOW = YearMonth.of(1978, 5);

	static List<String> row(String... values) {
		return Arrays.asList(values);
	}

	@Test
	void cleanRowsPassEveryCheck() {
		List<CheckResult> report = QualityChecks.run(DATASET, YearMonth.of(1978, 4), NOW,
				List.of(row("A1", "1978-04-02", "3", "路燈不亮，請儘速修復"), row("A2", "1978-04-30", "1", null)));
		assertThat(report).extracting(CheckResult::check).containsExactly("schema", "completeness", "timeliness", "personal-data");
		assertThat(report).allMatch(CheckResult::passed);
	}

	@Test
	void theSchemaCheckBlocksAValueOfTheWrongTypeAndNamesRowAndField() {
		CheckResult schema = QualityChecks.schema(DATASET, List.of(row("A1", "1978-04-02", "3", null),
				row("A2", "1978/04/31", "三", null), row("A3", "1978-04-02")));
		assertThat(schema.blocks()).isTrue();
		assertThat(schema.findings()).containsExactly(new CheckResult.Finding(2, "受理日期", "type-date"),
				new CheckResult.Finding(2, "件數", "type-integer"), new CheckResult.Finding(3, null, "column-count"));
	}

	@Test
	void completenessBlocksBelowTheDatasetsThresholdAndAnEmptyMonth() {
		// 9 required values of 12 are there: 75 % < 90 %
		CheckResult incomplete = QualityChecks.completeness(DATASET, List.of(row("A1", null, "1", null),
				row("A2", "1978-04-02", null, null), row("A3", "1978-04-02", " ", null), row("A4", "1978-04-02", "2", null)));
		assertThat(incomplete.blocks()).isTrue();
		assertThat(incomplete.arguments()).containsExactly(75, 90, 4);
		assertThat(incomplete.findings()).first().isEqualTo(new CheckResult.Finding(1, "受理日期", "empty"));
		assertThat(QualityChecks.completeness(DATASET, List.of()).blocks()).isTrue();
		// the optional field may stay empty
		assertThat(QualityChecks.completeness(DATASET, List.of(row("A1", "1978-04-02", "1", null))).passed()).isTrue();
	}

	@Test
	void timelinessWarnsForALateMonthAndBlocksAMonthNotOver() {
		assertThat(QualityChecks.timeliness(DATASET, YearMonth.of(1978, 3), NOW).passed()).isTrue();
		CheckResult late = QualityChecks.timeliness(DATASET, YearMonth.of(1978, 1), NOW);
		assertThat(late.passed()).isFalse();
		assertThat(late.blocks()).isFalse();
		assertThat(QualityChecks.timeliness(DATASET, NOW, NOW).blocks()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			請回電 0912-345-678           | mobile
			0912345678                   | mobile
			市話 (04)2228-9111            | landline
			寄到 someone@example.com      | email
			身分證 A123456789 遺失          | national_id
			陳小明先生反映路燈不亮             | name
			反映人：林美，路燈不亮              | name
			""")
	void thePersonalDataScanBlocksEachKindInFreeText(String text, String kind) {
		CheckResult scan = QualityChecks.personalData(DATASET, List.of(row("A1", "1978-04-02", "1", text)));
		assertThat(scan.blocks()).isTrue();
		assertThat(scan.findings()).containsExactly(new CheckResult.Finding(1, "摘要", kind));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			路燈不亮，請儘速修復
			高速公路旁噪音
			陳情案件已移文建設局
			A123456788 不是有效的身分證號
			共 1234 件，金額 5678 千元
			""")
	void thePersonalDataScanLetsOrdinaryTextThrough(String text) {
		assertThat(QualityChecks.personalData(DATASET, List.of(row("A1", "1978-04-02", "1", text))).passed()).isTrue();
	}

	@Test
	void namesAreOnlySoughtInFreeTextButPhonesEverywhere() {
		assertThat(QualityChecks.personalData(DATASET, List.of(row("陳小明", "1978-04-02", "1", null))).passed()).isTrue();
		assertThat(QualityChecks.personalData(DATASET, List.of(row("0912-345-678", "1978-04-02", "1", null))).passed()).isFalse();
	}

	@Test
	void theNationalIdChecksumIsVerified() {
		assertThat(PersonalDataScan.validNationalId("A123456789")).isTrue();
		assertThat(PersonalDataScan.validNationalId("A123456788")).isFalse();
	}

}
