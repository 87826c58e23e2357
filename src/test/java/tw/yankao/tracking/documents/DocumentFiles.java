package tw.yankao.tracking.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Document files and clean-up for the tests; test document numbers start with {@code T-}. */
public final class DocumentFiles {

	public static final String HEADER = "文號,機關,速別,類別,收文日期,限辦日期,辦結日期\n";

	private DocumentFiles() {
	}

	/** A UTF-8 CSV with a BOM, the header, and the given lines. */
	public static byte[] csv(String... lines) {
		return ("\uFEFF" + HEADER + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** An XLSX with English headers, received dates as date cells, one row per document. */
	public static byte[] xlsx(String number, String agency, LocalDate received) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("documents");
			String[] header = { "doc_number", "agency", "urgency", "category", "received_on", "due_on", "closed_on" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(number);
			row.createCell(1).setCellValue(agency);
			row.createCell(2).setCellValue("速件");
			row.createCell(3).setCellValue("General");
			row.createCell(4).setCellValue(received);
			row.getCell(4).setCellStyle(date);
			book.write(out);
			return out.toByteArray();
		}
	}

	public static void removeTestDocuments(JdbcClient jdbc) {
		jdbc.sql("delete from tracking_document where doc_number like 'T-%'").update();
	}

}
