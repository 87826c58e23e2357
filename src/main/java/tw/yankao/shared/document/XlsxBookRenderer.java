package tw.yankao.shared.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.yankao.shared.document.Book.Heading;
import tw.yankao.shared.document.Book.Table;

/**
 * Writes a book as a spreadsheet (XLSX) with Apache POI XSSF, for people who sort and filter the
 * tables. The first sheet holds the book's text in reading order (title, headings, paragraphs);
 * each table becomes a sheet named after the heading above it, with that heading in its first row
 * and the table's header, bold and frozen, in the second. Cells that are plain numbers are
 * written as numbers so that they sort and sum.
 */
public final class XlsxBookRenderer extends BookRenderer {

	/** Excel's limit on a sheet name. */
	private static final int SHEET_NAME_LENGTH = 31;
	/** Integers or decimals without leading zeros: item numbers such as 0012 stay text. */
	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d+)?");

	private XSSFWorkbook workbook;
	private Sheet text;
	private CellStyle bold;
	private String lastHeading;
	private final Set<String> sheetNames = new HashSet<>();

	@Override
	public BookFormat format() {
		return BookFormat.XLSX;
	}

	@Override
	protected void start(Book book, OutputStream out) {
		workbook = new XSSFWorkbook();
		workbook.getProperties().getCoreProperties().setTitle(book.title());
		Font font = workbook.createFont();
		font.setBold(true);
		bold = workbook.createCellStyle();
		bold.setFont(font);
		text = workbook.createSheet(sheetName(book.title()));
		text.setColumnWidth(0, 100 * 256);
		lastHeading = book.title();
	}

	@Override
	protected void title(String title) {
		textLine(title, true);
	}

	@Override
	protected void heading(Heading heading, boolean pageBreakBefore) {
		textLine(heading.text(), true);
		lastHeading = heading.text();
	}

	@Override
	protected void paragraph(String paragraph) {
		if (!paragraph.isEmpty()) {
			textLine(paragraph, false);
		}
	}

	@Override
	protected void contentsEntry(Heading entry) {
		textLine(entry.text(), false);
	}

	@Override
	protected void table(Table table) {
		Sheet sheet = workbook.createSheet(sheetName(lastHeading));
		Row caption = sheet.createRow(0);
		caption.createCell(0).setCellValue(lastHeading);
		caption.getCell(0).setCellStyle(bold);
		Row header = sheet.createRow(1);
		for (int c = 0; c < table.header().size(); c++) {
			header.createCell(c).setCellValue(table.header().get(c));
			header.getCell(c).setCellStyle(bold);
			sheet.setColumnWidth(c, Math.min(255, Math.max(8, Math.round(table.share(c) * 120))) * 256);
		}
		sheet.createFreezePane(0, 2);
		int r = 2;
		for (List<String> cells : table.rows()) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < cells.size(); c++) {
				String value = cells.get(c) == null ? "" : cells.get(c);
				if (NUMBER.matcher(value).matches()) {
					row.createCell(c).setCellValue(Double.parseDouble(value));
				}
				else {
					row.createCell(c).setCellValue(value);
				}
			}
		}
	}

	@Override
	protected void finish(OutputStream out) throws IOException {
		workbook.write(out);
		workbook.close();
	}

	private void textLine(String line, boolean emphasised) {
		Row row = text.createRow(text.getPhysicalNumberOfRows());
		row.createCell(0).setCellValue(line);
		if (emphasised) {
			row.getCell(0).setCellStyle(bold);
		}
	}

	/** A legal sheet name, unique in the workbook: Excel refuses duplicates and some characters. */
	private String sheetName(String heading) {
		String base = WorkbookUtil.createSafeSheetName(heading == null || heading.isBlank() ? "Sheet" : heading.strip());
		String name = base;
		for (int n = 2; !sheetNames.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			name = base.substring(0, Math.min(base.length(), SHEET_NAME_LENGTH - suffix.length())) + suffix;
		}
		return name;
	}

}
