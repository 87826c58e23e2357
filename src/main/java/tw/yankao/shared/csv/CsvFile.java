package tw.yankao.shared.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as Taiwanese government offices send it: UTF-8 (with or without BOM) or Big5,
 * RFC 4180 quoting, CRLF or LF line ends. Blank lines are skipped; every row keeps its line
 * number so that errors can name it.
 */
public final class CsvFile {

	/** The Big5 variant Java ships with HKSCS additions, a superset that also reads plain Big5. */
	private static final Charset BIG5 = Charset.forName("Big5-HKSCS");

	/** One data row. {@code line} counts from 1 and includes the header line. */
	public record Row(int line, List<String> fields) {

		/** The field at {@code index}, stripped, or an empty string when the row is shorter. */
		public String field(int index) {
			return index < fields.size() ? fields.get(index).strip() : "";
		}

	}

	private final Charset charset;
	private final List<String> header;
	private final List<Row> rows;

	private CsvFile(Charset charset, List<String> header, List<Row> rows) {
		this.charset = charset;
		this.header = header;
		this.rows = rows;
	}

	/** Decodes and splits a file; the first non-blank line is the header. */
	public static CsvFile read(byte[] bytes) {
		Charset charset = detect(bytes);
		String text = new String(bytes, charset);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		List<Row> all = new CsvParser(text).rows();
		if (all.isEmpty()) {
			return new CsvFile(charset, List.of(), List.of());
		}
		List<String> header = all.get(0).fields().stream().map(String::strip).toList();
		return new CsvFile(charset, header, List.copyOf(all.subList(1, all.size())));
	}

	/** UTF-8 when the bytes decode as UTF-8 without error, Big5 otherwise. */
	public static Charset detect(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return BIG5;
		}
	}

	public Charset charset() {
		return charset;
	}

	public List<String> header() {
		return header;
	}

	public List<Row> rows() {
		return rows;
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

	/** RFC 4180 splitting that tracks line numbers across quoted line breaks. */
	private static final class CsvParser {

		private final CharBuffer in;
		private int line = 1;

		CsvParser(String text) {
			this.in = CharBuffer.wrap(text);
		}

		List<Row> rows() {
			List<Row> rows = new ArrayList<>();
			while (in.hasRemaining()) {
				int start = line;
				List<String> fields = row();
				boolean blank = fields.size() == 1 && fields.get(0).isBlank();
				if (!blank) {
					rows.add(new Row(start, List.copyOf(fields)));
				}
			}
			return rows;
		}

		private List<String> row() {
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			while (in.hasRemaining()) {
				char c = in.get();
				if (quoted) {
					if (c == '"' && peek() == '"') {
						in.get();
						field.append('"');
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						line += c == '\n' ? 1 : 0;
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r' && peek() == '\n') {
						in.get();
					}
					line++;
					break;
				}
				else {
					field.append(c);
				}
			}
			fields.add(field.toString());
			return fields;
		}

		private char peek() {
			return in.hasRemaining() ? in.get(in.position()) : 0;
		}

	}

}
