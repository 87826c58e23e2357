package tw.yankao.petition.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV in UTF-8 with a BOM and CRLF, as {@link tw.yankao.shared.csv.CsvFile} reads it and Excel opens it. */
final class CsvSheetWriter implements SheetWriter {

	@Override
	public void write(Sheet sheet, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		line(writer, sheet.header());
		for (List<String> row : sheet.rows()) {
			line(writer, row);
		}
		writer.flush();
	}

	private static void line(Writer writer, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(quote(fields.get(i)));
		}
		writer.write("\r\n");
	}

	private static String quote(String field) {
		String value = field == null ? "" : field;
		// a leading = + - @ would make a spreadsheet run the cell as a formula (CSV injection)
		if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
