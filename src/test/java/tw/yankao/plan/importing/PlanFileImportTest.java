package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import tw.yankao.plan.importing.ImportWarning.Kind;

/** Files that are not plans, or plans with parts that cannot be read: clear messages, nothing lost. */
class PlanFileImportTest {

	private static final String PLAN = String.join("\n",
			"臺中市政府研究發展考核委員會 114 年度施政計畫",
			"壹、年度施政目標",
			"一、提升服務品質",
			"貳、年度關鍵績效指標",
			"策略績效目標\t衡量指標\t衡量標準\t目標值",
			"一、服務品質(十五%)\t(一)陳情結案率(10%)\t結案件數/收件數*100%\t95%",
			"\t(二)到府服務率(5%)\t到府件數/申請件數*100%(≥85%)\t90%",
			"二、數位治理(20%)\t(一)線上申辦率(20%)\t線上件數/總件數*100%\t另案核定");

	private final PlanFileImport planImport = new PlanFileImport();

	@Test
	void aWeightThatIsNotANumberIsReportedWithItsLineAndCell() {
		ImportReport report = planImport.read(PLAN.getBytes(StandardCharsets.UTF_8));

		assertThat(report.warnings()).filteredOn(w -> w.kind() == Kind.WEIGHT_NOT_A_NUMBER).singleElement()
			.satisfies(warning -> {
				assertThat(warning.line()).isEqualTo(6);
				assertThat(warning.cell()).isEqualTo(1);
				assertThat(warning.text()).isEqualTo("(十五%)");
				assertThat(warning.describe()).startsWith("line 6, cell 1: the weight (十五%) is not a number");
			});
	}

	@Test
	void aTargetTheFormulaEngineCannotReadIsKeptAsTextAndFlaggedWithItsPlace() {
		ImportReport report = planImport.read(PlanDocuments.docx(PLAN));

		ImportedPlan.Indicator online = report.plan().goals().get(report.plan().goals().size() - 1).indicators().get(0);
		assertThat(online.target().text()).isEqualTo("另案核定");
		assertThat(online.target().value()).isNull();
		assertThat(online.direction()).isNull();
		assertThat(report.warnings()).filteredOn(w -> w.kind() == Kind.TARGET_NOT_READABLE).singleElement()
			.satisfies(warning -> {
				assertThat(warning.line()).isEqualTo(8);
				assertThat(warning.cell()).isEqualTo(4);
				assertThat(warning.describe()).contains("另案核定", "entered by hand");
			});
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> planImport.read(new byte[0])).hasMessageContaining("the file is empty");
	}

	@Test
	void aDocumentWithoutTextIsRefused() {
		assertThatThrownBy(() -> planImport.read(PlanDocuments.docx("\n\n"))).hasMessageContaining("DOCX")
			.hasMessageContaining("no text");
	}

	@Test
	void aFileOverTheLimitIsRefusedNamingTheLimit() {
		PlanFileImport small = new PlanFileImport(1024);

		assertThatThrownBy(() -> small.read(PlanDocuments.docx(PLAN))).isInstanceOf(PlanImportException.class)
			.hasMessageContaining("more than the 1 KB");
	}

	@Test
	void anImageIsRefusedAsBinary() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

		assertThatThrownBy(() -> planImport.read(png)).hasMessageContaining("binary");
	}

	@Test
	void aPdfIsRefusedSayingWhatToDo() {
		byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> planImport.read(pdf)).hasMessageContaining("PDF")
			.hasMessageContaining("save the plan as DOCX, ODT or text");
	}

	@Test
	void anOldWordFileIsRefusedSayingWhatToDo() {
		byte[] doc = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0 };

		assertThatThrownBy(() -> planImport.read(doc)).isInstanceOf(PlanImportException.class)
			.hasMessageContaining("save it as DOCX or ODT")
			.extracting(ex -> ((PlanImportException) ex).reason())
			.isEqualTo(PlanImportException.Reason.OLD_OFFICE);
	}

	@Test
	void aDamagedZipIsRefused() {
		byte[] docx = PlanDocuments.docx(PLAN);
		byte[] cut = new byte[40];
		System.arraycopy(docx, 0, cut, 0, cut.length);

		assertThatThrownBy(() -> planImport.read(cut)).hasMessageContaining("damaged");
	}

	@Test
	void aZipThatIsNotADocumentIsRefused() throws IOException {
		assertThatThrownBy(() -> planImport.read(zip("data.csv", "a,b\n1,2\n")))
			.hasMessageContaining("ZIP archive but not a Word (DOCX) or OpenDocument text (ODT)");
	}

	@Test
	void aWordArchiveWithoutAReadableDocumentIsRefused() throws IOException {
		assertThatThrownBy(() -> planImport.read(zip("word/document.xml", "<not xml")))
			.hasMessageContaining("Word (DOCX) document cannot be read");
	}

	@Test
	void aDocumentThatIsNotAPlanIsRefused() {
		byte[] letter = PlanDocuments.odt("敬啟者：\n\n謹訂於下週二召開會議，敬請出席。\n");

		assertThatThrownBy(() -> planImport.read(letter)).hasMessageContaining("does not look like a plan");
	}

	@Test
	void theFormatIsToldByContentNotByName() {
		assertThat(PlanFormat.of(PlanDocuments.docx(PLAN))).isEqualTo(PlanFormat.DOCX);
		assertThat(PlanFormat.of(PlanDocuments.odt(PLAN))).isEqualTo(PlanFormat.ODT);
		assertThat(PlanFormat.of(PLAN.getBytes(StandardCharsets.UTF_8))).isEqualTo(PlanFormat.TEXT);
	}

	private static byte[] zip(String name, String content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
