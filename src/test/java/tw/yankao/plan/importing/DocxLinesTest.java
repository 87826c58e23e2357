package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** The line contract for Word documents (see package-info): what becomes a line and what is left out. */
class DocxLinesTest {

	@Test
	void paragraphsAreLinesWithoutBookmarksFieldInstructionsOrEmptyRuns() throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			XWPFParagraph heading = document.createParagraph();
			heading.getCTP().addNewBookmarkStart().setName("_Toc471377679");
			heading.createRun().setText("壹、");
			heading.createRun();
			heading.createRun().setText("年度施政目標");
			heading.getCTP().addNewBookmarkEnd();
			XWPFParagraph withField = document.createParagraph();
			withField.createRun().setText("詳見第");
			withField.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
			withField.createRun().getCTR().addNewInstrText().setStringValue(" PAGEREF _Toc1 \\h ");
			withField.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
			withField.createRun().setText("３");
			withField.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
			withField.createRun().setText("頁");
			XWPFParagraph broken = document.createParagraph();
			XWPFRun run = broken.createRun();
			run.setText("第一行");
			run.addBreak();
			run.setText("第二行");
			run.addTab();
			run.setText("完");

			assertThat(lines(document)).isEqualTo("壹、年度施政目標\n詳見第３頁\n第一行 第二行 完");
		}
	}

	@Test
	void aTableRowIsALineOfCellsJoinedByTabsWithMergedCellsEmpty() throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			XWPFTable table = document.createTable();
			table.removeRow(0);
			XWPFTableRow header = table.insertNewTableRow(0);
			XWPFTableCell goal = header.addNewTableCell();
			goal.setText("策略績效目標");
			goal.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
			header.addNewTableCell().setText("衡量指標");
			XWPFTableRow first = table.insertNewTableRow(1);
			XWPFTableCell merged = first.addNewTableCell();
			merged.setText("一");
			merged.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
			first.addNewTableCell().setText("提升效能(15%)");
			XWPFTableCell twoParagraphs = first.addNewTableCell();
			twoParagraphs.setText("1. 甲");
			twoParagraphs.addParagraph().createRun().setText("2. 乙");
			XWPFTableRow second = table.insertNewTableRow(2);
			XWPFTableCell continued = second.addNewTableCell();
			continued.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
			second.addNewTableCell().setText("數位治理(10%)");
			second.addNewTableCell();

			assertThat(lines(document)).isEqualTo("策略績效目標\t\t衡量指標\n一\t提升效能(15%)\t1. 甲 2. 乙\n\t數位治理(10%)\t");
		}
	}

	@Test
	void automaticNumberingIsWrittenOutAsTheDocumentShowsIt() throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			BigInteger list = chineseOutline(document.createNumbering());
			numbered(document, list, 0, "提升服務");
			numbered(document, list, 1, "線上申辦");
			numbered(document, list, 1, "行動服務");
			numbered(document, list, 0, "強化資安");
			numbered(document, list, 1, "資安健診");

			assertThat(lines(document)).isEqualTo("一、提升服務\n(一)線上申辦\n(二)行動服務\n二、強化資安\n(一)資安健診");
		}
	}

	private static BigInteger chineseOutline(XWPFNumbering numbering) {
		CTAbstractNum outline = CTAbstractNum.Factory.newInstance();
		outline.setAbstractNumId(BigInteger.ZERO);
		level(outline, 0, "%1、");
		level(outline, 1, "(%2)");
		return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(outline)));
	}

	private static void level(CTAbstractNum outline, int ilvl, String text) {
		CTLvl level = outline.addNewLvl();
		level.setIlvl(BigInteger.valueOf(ilvl));
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(STNumberFormat.TAIWANESE_COUNTING_THOUSAND);
		level.addNewLvlText().setVal(text);
	}

	private static void numbered(XWPFDocument document, BigInteger list, int level, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setNumID(list);
		paragraph.setNumILvl(BigInteger.valueOf(level));
		paragraph.createRun().setText(text);
	}

	private static String lines(XWPFDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.write(out);
		return DocxLines.read(out.toByteArray()).text();
	}

}
