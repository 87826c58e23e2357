package tw.yankao.tracking.meetings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;

import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.BookFont;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.document.BookRenderers;
import tw.yankao.tracking.ExecutionRate;
import tw.yankao.tracking.LagClass;

import static org.assertj.core.api.Assertions.assertThat;

/** The city and agency packs on fixture data, and the pack files read back with real readers. */
class MeetingPackComposerTest {

	static final YearMonth MONTH = YearMonth.of(1987, 6);

	final MeetingPackComposer composer = new MeetingPackComposer();

	final BookRenderers renderers = new BookRenderers(() -> BookFont.find(null, BookFont.KNOWN));

	/** 建設局 19/20 = 95 %, 交通局 8/10 = 80 % (under 90 %), 水利局 38/40 = 95 % too, 環保局 9/10 = 90 % (on the line). */
	static CityPack cityPack() {
		List<ExecutionRate> rates = List.of(new ExecutionRate(2L, 10, 2, 6, 1, 1), new ExecutionRate(1L, 20, 4, 15, 1, 0),
				new ExecutionRate(4L, 10, 0, 9, 1, 0), new ExecutionRate(3L, 40, 18, 20, 1, 1));
		Map<Long, String> names = Map.of(1L, "建設局", 2L, "交通局", 3L, "水利局", 4L, "環保局");
		LaggingItem serious = new LaggingItem(11, "MT-1987-001", "綠川整治工程", "交通局", LagClass.SERIOUSLY_BEHIND,
				new BigDecimal("60.00"), new BigDecimal("45.50"), new BigDecimal("-14.50"), "用地取得延宕",
				"召開協調會\n加派人力");
		List<MonthProgress> history = new ArrayList<>();
		for (int m = 5; m >= 0; m--) {
			history.add(new MonthProgress(11, MONTH.minusMonths(m), BigDecimal.valueOf(60 - m * 5),
					BigDecimal.valueOf(45 - m * 3), BigDecimal.valueOf(-15 + m * 2)));
		}
		LaggingItem coordination = new LaggingItem(12, "MT-1987-002", "捷運站聯外道路", "建設局", LagClass.BEHIND,
				new BigDecimal("30"), new BigDecimal("28"), new BigDecimal("-2"), "管線遷移需台電配合", "請府協調台電");
		return new CityPack("臺中市政府", MONTH, new BigDecimal("90"), rates, names, List.of(serious),
				Map.of(11L, history), List.of(coordination));
	}

	@Test
	void agenciesAreRankedByRateThenByItemsTrackedAndThoseUnderTheLineReport() {
		List<List<String>> ranking = table(composer.city(cityPack()), MeetingPackComposer.RANKING).rows();
		assertThat(ranking).extracting(row -> row.get(1)).containsExactly("水利局", "建設局", "環保局", "交通局");
		assertThat(ranking).extracting(row -> row.get(7)).containsExactly("95.00%", "95.00%", "90.00%", "80.00%");
		assertThat(ranking).extracting(row -> row.get(8)).containsExactly("", "", "", MeetingPackComposer.REPORTS);
		assertThat(ranking.get(0).get(0)).isEqualTo("1");
	}

	@Test
	void seriouslyBehindItemsComeWithCountermeasuresAndSixMonthsOfHistory() {
		Book book = composer.city(cityPack());
		assertThat(table(book, MeetingPackComposer.SERIOUSLY_BEHIND).rows()).containsExactly(List.of("MT-1987-001",
				"綠川整治工程", "交通局", "嚴重落後", "60", "45.5", "-14.5", "用地取得延宕", "召開協調會 加派人力"));
		List<List<String>> history = table(book, MeetingPackComposer.HISTORY).rows();
		assertThat(history).extracting(row -> row.get(1))
			.containsExactly("76年1月", "76年2月", "76年3月", "76年4月", "76年5月", "76年6月");
		assertThat(history.get(5)).containsExactly("MT-1987-001", "76年6月", "60", "45", "-15");
	}

	@Test
	void coordinationRequestsHaveTheirOwnSection() {
		assertThat(table(composer.city(cityPack()), MeetingPackComposer.COORDINATION).rows())
			.extracting(row -> row.get(0) + " " + row.get(8))
			.containsExactly("MT-1987-002 請府協調台電");
	}

	@Test
	void theAgencyPackListsItsItemsBehindAndThoseWithoutAReport() {
		LaggingItem missing = new LaggingItem(13, "MT-1987-003", "人行道改善", "建設局", null, null, null, null, null, null);
		Book book = composer.agency(new AgencyPack("建設局", MONTH, new ExecutionRate(1L, 20, 4, 15, 1, 0), List.of(missing)));
		assertThat(book.title()).isEqualTo("建設局76年6月管制會報資料");
		assertThat(table(book, MeetingPackComposer.AGENCY_BEHIND).rows())
			.containsExactly(List.of("MT-1987-003", "人行道改善", "未填報", "—", "—", "—", "—", "—"));
		assertThat(book.blocks()).contains(new Book.Paragraph("列管案件 20 件：超前 4 件、如期 15 件、落後 1 件（含未填報）、嚴重落後 0 件，執行率 95.00%。"));
	}

	@Test
	void theCityPackReadsBackFromEveryFormat() throws Exception {
		Book book = composer.city(cityPack());
		try (OdfTextDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(write(book, BookFormat.ODT)))) {
			String text = odtText(odt);
			assertThat(text).contains("臺中市政府76年6月管制會報資料", "水利局", "應提報告", "綠川整治工程", "請府協調台電");
		}
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(write(book, BookFormat.DOCX)));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			assertThat(extractor.getText()).contains(MeetingPackComposer.HISTORY, "76年1月", "召開協調會 加派人力", "應提報告");
		}
		try (PDDocument pdf = Loader.loadPDF(write(book, BookFormat.PDF))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains("臺中市政府76年6月管制會報資料", "嚴重落後案件近期進度", "綠川整治工程", "應提報告");
		}
	}

	@Test
	void theSpreadsheetHasASheetPerTableWithABoldFrozenHeaderAndNumbers() throws Exception {
		try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(write(composer.city(cityPack()), BookFormat.XLSX)))) {
			assertThat(xlsx.getNumberOfSheets()).isEqualTo(5);
			assertThat(xlsx.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("臺中市政府76年6月管制會報資料");
			Sheet ranking = xlsx.getSheet(MeetingPackComposer.RANKING);
			assertThat(ranking.getRow(0).getCell(0).getStringCellValue()).isEqualTo(MeetingPackComposer.RANKING);
			assertThat(ranking.getRow(1).getCell(1).getStringCellValue()).isEqualTo("機關");
			assertThat(xlsx.getFontAt(ranking.getRow(1).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(ranking.getPaneInformation().isFreezePane()).isTrue();
			assertThat(ranking.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(ranking.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1.0);
			assertThat(ranking.getRow(5).getCell(1).getStringCellValue()).isEqualTo("交通局");
			assertThat(ranking.getRow(5).getCell(8).getStringCellValue()).isEqualTo("應提報告");
			Sheet history = xlsx.getSheet(MeetingPackComposer.HISTORY);
			assertThat(history.getRow(7).getCell(4).getNumericCellValue()).isEqualTo(-15.0);
		}
	}

	private byte[] write(Book book, BookFormat format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderers.of(format).write(book, out);
		return out.toByteArray();
	}

	/** Every paragraph and heading of the ODT, table cells included, a line each. */
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

	/** The table that follows the heading. */
	static Book.Table table(Book book, String heading) {
		List<Book.Block> blocks = book.blocks();
		for (int i = 0; i < blocks.size() - 1; i++) {
			if (blocks.get(i) instanceof Book.Heading h && h.text().equals(heading)
					&& blocks.get(i + 1) instanceof Book.Table table) {
				return table;
			}
		}
		throw new AssertionError("no table under " + heading);
	}

}
