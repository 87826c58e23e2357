package tw.yankao.plan.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.dom.element.table.TableTableHeaderRowsElement;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.book.PlanBookComposer.AgencyPlan;
import tw.yankao.plan.internal.SeedPlans;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.BookFont;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.document.BookRenderers;

/** The books read back with odfdom, POI and PDFBox hold the seed plans' parts, tables and numbers. */
class BookFilesTest {

	static final Path OUT = Path.of("target", "plan-book");

	/** 秘書處 107: three weighted goals, a lower-is-better target, seven work plans, a prior-year review. */
	final AnnualPlan secretariat = SeedPlans.plan(SeedPlans.ALL[3]);

	/** 研考會 107: the programmes table with its amounts. */
	final AnnualPlan rdec = SeedPlans.plan(SeedPlans.ALL[1]);

	final BookRenderers renderers = new BookRenderers(() -> BookFont.find(null, BookFont.KNOWN));

	@Test
	void theOdtHoldsThePartsAndTablesWithRepeatedHeaders() throws Exception {
		try (OdfTextDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(write(secretariat, BookFormat.ODT)))) {
			String text = odtText(odt);
			assertThat(text).contains("臺中市政府秘書處107年度施政計畫", "目錄", "第一部分：年度施政目標與重點", "第二部分：關鍵績效指標",
					"第三部分：年度重要施政計畫", "預算配合對照表", "本計畫未列預算配合對照表。", "第四部分：上(106)年度實施狀況及成果概述");
			List<List<String>> rows = new ArrayList<>();
			for (OdfTable table : odt.getTableList(true)) {
				for (int r = 0; r < table.getRowCount(); r++) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < table.getColumnCount(); c++) {
						cells.add(table.getCellByPosition(c, r).getStringValue());
					}
					rows.add(cells);
				}
			}
			assertSecretariatRows(rows);
			assertThat(odt.getContentDom().getElementsByTagName(TableTableHeaderRowsElement.ELEMENT_NAME.getQName()).getLength())
				.as("every table has a header row that repeats on each page")
				.isEqualTo(odt.getTableList(true).size());
		}
	}

	@Test
	void theDocxHoldsThePartsAndTablesWithRepeatedHeaders() throws Exception {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(write(secretariat, BookFormat.DOCX)))) {
			List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).contains("臺中市政府秘書處107年度施政計畫", "第二部分：關鍵績效指標", "第三部分：年度重要施政計畫",
					"第四部分：上(106)年度實施狀況及成果概述", "一、推動本處志願服務工作");
			List<List<String>> rows = new ArrayList<>();
			for (XWPFTable table : docx.getTables()) {
				assertThat(table.getRow(0).isRepeatHeader()).isTrue();
				for (XWPFTableRow row : table.getRows()) {
					rows.add(row.getTableCells().stream().map(cell -> cell.getText()).toList());
				}
			}
			assertSecretariatRows(rows);
		}
	}

	@Test
	void theDocxCarriesTheProgrammesAmounts() throws Exception {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(write(rdec, BookFormat.DOCX)))) {
			List<String> cells = docx.getTables().stream()
				.flatMap(t -> t.getRows().stream())
				.flatMap(r -> r.getTableCells().stream())
				.map(cell -> cell.getText())
				.toList();
			assertThat(cells).contains("23,287", "25,400", "預算數(千元)", "累計查詢次數", "3,420萬次");
		}
	}

	@Test
	void thePdfHoldsThePartsInACjkFontAndRepeatsTableHeaders() throws Exception {
		byte[] pdf = write(secretariat, BookFormat.PDF);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			String flat = text.replaceAll("\\s+", "");
			assertThat(flat).contains("臺中市政府秘書處107年度施政計畫", "第一部分：年度施政目標與重點", "第二部分：關鍵績效指標",
					"推動本處志願服務工作(15%)", "每年志工人數成長比例(15%)", "≤120", "83%", "推動實質城市外交及擴大國際參與",
					"第四部分：上(106)年度實施狀況及成果概述", "本計畫未列預算配合對照表。");
			assertThat(document.getNumberOfPages()).isGreaterThan(3);
			int pagesWithProgrammeHeader = 0;
			int indicatorsPage = 0;
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				String pageText = pageText(document, page);
				if (pageText.replaceAll("\\s+", "").contains("工作計畫重要施政計畫項目實施內容")) {
					pagesWithProgrammeHeader++;
				}
				if (page > 1 && indicatorsPage == 0 && pageText.contains("第二部分：關鍵績效指標")) {
					indicatorsPage = page;
				}
			}
			assertThat(indicatorsPage).isGreaterThan(1);
			assertThat(pageText(document, 1)).as("the contents give each part's page")
				.containsPattern("第二部分：關鍵績效指標\\s*" + indicatorsPage + "\\s*\n");
			assertThat(pagesWithProgrammeHeader).as("the programmes table's header on each of its pages").isGreaterThan(1);
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 60);
			Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
			ImageIO.write(page, "png", screenshots.resolve("plan-book-page-1.png").toFile());
			assertThat(page.getWidth()).isGreaterThan(400);
		}
	}

	private static String pageText(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

	/** The text of every paragraph and heading, in order. */
	private static String odtText(OdfTextDocument odt) throws Exception {
		StringBuilder text = new StringBuilder();
		org.w3c.dom.NodeList nodes = odt.getContentDom().getElementsByTagName("*");
		for (int i = 0; i < nodes.getLength(); i++) {
			String name = nodes.item(i).getNodeName();
			if (name.equals("text:p") || name.equals("text:h")) {
				text.append(nodes.item(i).getTextContent()).append('\n');
			}
		}
		return text.toString();
	}

	private static void assertSecretariatRows(List<List<String>> rows) {
		assertThat(rows).contains(
				List.of("編號", "策略績效目標", "衡量指標", "評估體制", "評估方式", "衡量標準", "107年度目標值"),
				List.of("一", "推動本處志願服務工作(15%)", "每年志工人數成長比例(15%)", "1", "統計數據",
						"(今年志工總人數-去年志工總人數)/去年志工總人數*100%", "8%"),
				List.of("", "", "電子領標達成率(10%)", "1", "統計數據", "提供電子領標案件數/招標採購案件數*100%", "100%"));
		assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("三", "提供洽公市民及同仁安全的辦公環境，確保辦公人員洽公安全無虞(15%)")
			.endsWith("≤120"));
		assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("一、國際事務", "1. 推動實質城市外交及擴大國際參與"));
		assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("", "電子領標達成率", "100%"));
	}

	private byte[] write(AnnualPlan plan, BookFormat format) throws IOException {
		Book book = new PlanBookComposer().plan(new AgencyPlan(plan.agencyName(), plan));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderers.of(format).write(book, out);
		// kept for looking at the layout
		Files.createDirectories(OUT);
		Files.write(OUT.resolve(plan.summary().rocYear() + "-" + plan.agencyName() + "." + format.extension()), out.toByteArray());
		return out.toByteArray();
	}

}
