package tw.yankao.opendata.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.DatasetField;
import tw.yankao.opendata.FieldType;

/**
 * Writes a release's rows as CSV (UTF-8 with BOM, so that Excel opens Chinese text right), JSON
 * (an array of objects keyed by the field names, numbers as numbers) and ODS. The ODS is written
 * directly as its zip of XML parts: a month of cases has tens of thousands of rows, and building
 * them through a DOM library costs seconds for nothing.
 */
public final class ReleaseFiles {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ReleaseFiles() {
	}

	public static byte[] csv(Dataset dataset, List<List<String>> rows) {
		StringBuilder out = new StringBuilder(64 * (rows.size() + 1)).append('\uFEFF');
		line(out, dataset.fields().stream().map(DatasetField::name).toList());
		rows.forEach(row -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String value = values.get(i);
			if (value == null) {
				continue;
			}
			if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
				out.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(value);
			}
		}
		out.append("\r\n");
	}

	public static byte[] json(Dataset dataset, List<List<String>> rows) {
		ArrayNode array = JSON.createArrayNode();
		for (List<String> row : rows) {
			array.add(object(dataset, row));
		}
		return JSON.writeValueAsBytes(array);
	}

	/** One row as a JSON object, numbers as numbers; also what the paged API returns. */
	public static ObjectNode object(Dataset dataset, List<String> row) {
		ObjectNode node = JSON.createObjectNode();
		for (int i = 0; i < dataset.fields().size(); i++) {
			DatasetField field = dataset.fields().get(i);
			String value = i < row.size() ? row.get(i) : null;
			if (value == null || value.isEmpty()) {
				node.putNull(field.name());
			}
			else if (field.type() == FieldType.INTEGER) {
				node.put(field.name(), Long.parseLong(value));
			}
			else if (field.type() == FieldType.DECIMAL) {
				node.put(field.name(), new java.math.BigDecimal(value));
			}
			else {
				node.put(field.name(), value);
			}
		}
		return node;
	}

	public static byte[] ods(Dataset dataset, List<List<String>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024 + rows.size() * 128);
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			// the mimetype comes first and uncompressed, as ODF requires
			byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.closeEntry();
			put(zip, "META-INF/manifest.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
					 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
					 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
					</manifest:manifest>
					""");
			put(zip, "content.xml", content(dataset, rows));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String content(Dataset dataset, List<List<String>> rows) {
		StringBuilder xml = new StringBuilder(256 + rows.size() * 200);
		xml.append("""
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
				xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
				xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
				<office:body><office:spreadsheet>""");
		xml.append("<table:table table:name=\"").append(escape(dataset.identifier())).append("\">");
		// odfdom and office suites size the sheet from its column declarations
		xml.append("<table:table-column table:number-columns-repeated=\"").append(dataset.fields().size()).append("\"/>");
		xml.append("<table:table-row>");
		for (DatasetField field : dataset.fields()) {
			cell(xml, FieldType.TEXT, field.name());
		}
		xml.append("</table:table-row>");
		for (List<String> row : rows) {
			xml.append("<table:table-row>");
			for (int i = 0; i < dataset.fields().size(); i++) {
				cell(xml, dataset.fields().get(i).type(), i < row.size() ? row.get(i) : null);
			}
			xml.append("</table:table-row>");
		}
		xml.append("</table:table></office:spreadsheet></office:body></office:document-content>");
		return xml.toString();
	}

	private static void cell(StringBuilder xml, FieldType type, String value) {
		if (value == null || value.isEmpty()) {
			xml.append("<table:table-cell/>");
		}
		else if (type == FieldType.INTEGER || type == FieldType.DECIMAL) {
			xml.append("<table:table-cell office:value-type=\"float\" office:value=\"").append(value).append("\"><text:p>")
				.append(value).append("</text:p></table:table-cell>");
		}
		else {
			xml.append("<table:table-cell office:value-type=\"string\"><text:p>").append(escape(value))
				.append("</text:p></table:table-cell>");
		}
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> {
					// characters XML 1.0 forbids are dropped rather than breaking the file
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
