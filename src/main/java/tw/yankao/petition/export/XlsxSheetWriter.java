package tw.yankao.petition.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Office Open XML, streamed so that a long export does not hold every row's cells in memory. */
final class XlsxSheetWriter implements SheetWriter {

	@Override
	public void write(Sheet sheet, OutputStream out) throws IOException {
		try (SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), 200)) {
			org.apache.poi.ss.usermodel.Sheet s = book.createSheet(sheet.title());
			row(s.createRow(0), sheet.header());
			for (int i = 0; i < sheet.rows().size(); i++) {
				row(s.createRow(i + 1), sheet.rows().get(i));
			}
			book.write(out);
			book.dispose();
		}
	}

	private static void row(Row row, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			row.createCell(i).setCellValue(fields.get(i) == null ? "" : fields.get(i));
		}
	}

}
