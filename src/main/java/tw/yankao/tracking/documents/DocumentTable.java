package tw.yankao.tracking.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.yankao.shared.csv.CsvFile;

/**
 * The rows of an exported document list, CSV or XLSX, as text: the same checks apply to both.
 * XLSX date cells become ISO dates, so that a spreadsheet's own date format does not matter.
 * Public for the tender import, which reads the procurement system's exports the same way.
 *
 * @param header the header's names, stripped
 * @param rows the data rows, blank rows left out; {@code line} is the file's line or sheet row, from 1
 */
public record DocumentTable(List<String> header, List<CsvFile.Row> rows) {

	/** The first four bytes of every XLSX (a ZIP archive). */
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	public static DocumentTable read(byte[] bytes) {
		return isZip(bytes) ? xlsx(bytes) : csv(bytes);
	}

	/** The position of the first header name that matches one of {@code names}, or -1. */
	public int column(String... names) {
		for (int i = 0; i < header.size(); i++) {
			for (String name : names) {
				if (header.get(i).equalsIgnoreCase(name)) {
					return i;
				}
			}
		}
		return -1;
	}

	private static DocumentTable csv(byte[] bytes) {
		CsvFile file = CsvFile.read(bytes);
		return new DocumentTable(file.header(), file.rows());
	}

	private static DocumentTable xlsx(byte[] bytes) {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<String> header = null;
			List<CsvFile.Row> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> fields = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					fields.add(text(row.getCell(i), formatter));
				}
				if (fields.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (header == null) {
					header = fields.stream().map(String::strip).toList();
				}
				else {
					rows.add(new CsvFile.Row(row.getRowNum() + 1, List.copyOf(fields)));
				}
			}
			return new DocumentTable(header == null ? List.of() : header, rows);
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentImportRejected(List.of(new DocumentImportRejected.RowError(0, "", "documents.import.unreadable")));
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell);
	}

	private static boolean isZip(byte[] bytes) {
		if (bytes.length < ZIP.length) {
			return false;
		}
		for (int i = 0; i < ZIP.length; i++) {
			if (bytes[i] != ZIP[i]) {
				return false;
			}
		}
		return true;
	}

}
