package tw.yankao.shared.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

/**
 * A CSV file as Taiwanese government offices send it: UTF-8 (with or without BOM) or Big5,
 * RFC 4180 quoting, CRLF, LF or CR line ends. Rows whose fields are all blank (an empty line,
 * or the {@code ,,,} that spreadsheets leave behind) are skipped; every row keeps the line it
 * starts on, also after a quoted line break, so that errors can name it.
 *
 * <p>Leniency where files break RFC 4180: a quote inside an unquoted field is an ordinary
 * character, text after a closing quote is appended to the field, and a quote that never
 * closes takes the rest of the file into its field and is reported by {@link #unclosedQuoteLine()}.
 */
public final class CsvFile {

	/** The Big5 variant Java ships with Hong Kong additions; the default, kept for the agency import. */
	public static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");

	/**
	 * Big5 as Windows writes it (code page 950), as government Windows desktops export it. It differs
	 * from {@link #BIG5_HKSCS} only outside common Big5: symbols such as ～ and the user-defined areas.
	 */
	public static final Charset WINDOWS_950 = Charset.forName("x-windows-950");

	/** One data row. {@code line} counts from 1 and includes the header line. */
	public record Row(int line, List<String> fields) {

		/** The field at {@code index}, stripped, or an empty string when the row is shorter. */
		public String field(int index) {
			return index < fields.size() ? fields.get(index).strip() : "";
		}

	}

	private final Charset charset;
	private final int headerLine;
	private final List<String> header;
	private final List<Row> rows;
	private final int unclosedQuoteLine;

	private CsvFile(Charset charset, List<Row> all, int unclosedQuoteLine) {
		this.charset = charset;
		this.headerLine = all.isEmpty() ? 0 : all.get(0).line();
		this.header = all.isEmpty() ? List.of() : all.get(0).fields().stream().map(String::strip).toList();
		this.rows = all.isEmpty() ? List.of() : List.copyOf(all.subList(1, all.size()));
		this.unclosedQuoteLine = unclosedQuoteLine;
	}

	/** Decodes (UTF-8, else {@link #BIG5_HKSCS}) and splits a file; the first non-blank row is the header. */
	public static CsvFile read(byte[] bytes) {
		return read(bytes, BIG5_HKSCS);
	}

	/**
	 * Decodes and splits a file; the first non-blank row is the header.
	 * @param big5 the Big5 variant for bytes that are not UTF-8, e.g. {@link #WINDOWS_950}
	 */
	public static CsvFile read(byte[] bytes, Charset big5) {
		Charset charset = detect(bytes, big5);
		String text = new String(bytes, charset);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		CsvRows.Result parsed = CsvRows.split(text);
		return new CsvFile(charset, parsed.rows(), parsed.unclosedQuoteLine());
	}

	/** UTF-8 when the bytes decode as UTF-8 without error, {@link #BIG5_HKSCS} otherwise. */
	public static Charset detect(byte[] bytes) {
		return detect(bytes, BIG5_HKSCS);
	}

	/**
	 * UTF-8 when the bytes decode as UTF-8 without error, the given Big5 variant otherwise. Real
	 * Big5 text is practically never valid UTF-8: its lead bytes 0x81-0xFE are followed by bytes
	 * that break UTF-8's continuation rules, so trying UTF-8 first is safe.
	 */
	public static Charset detect(byte[] bytes, Charset big5) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return big5;
		}
	}

	public Charset charset() {
		return charset;
	}

	/** The header's names, stripped; empty when the file has no non-blank row. */
	public List<String> header() {
		return header;
	}

	/** The line the header starts on; 0 when the file has no non-blank row. */
	public int headerLine() {
		return headerLine;
	}

	/** The rows after the header, blank ones left out. */
	public List<Row> rows() {
		return rows;
	}

	/** The line on which a quoted field opens and never closes, if one does. */
	public OptionalInt unclosedQuoteLine() {
		return unclosedQuoteLine == 0 ? OptionalInt.empty() : OptionalInt.of(unclosedQuoteLine);
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

}
