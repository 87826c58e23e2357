package tw.yankao.shared.calendar;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows that remember
 * the line they start on, so errors can name it even after a quoted line break.
 */
final class CsvReader {

	/** A row of fields as written, quotes removed, not trimmed. */
	record Row(int line, List<String> fields) {

		boolean blank() {
			return fields.stream().allMatch(String::isBlank);
		}

	}

	/** A quoted field that never closes. */
	static final class UnclosedQuote extends RuntimeException {

		private static final long serialVersionUID = 1L;

		final int line;

		UnclosedQuote(int line) {
			super("quote opened on line " + line + " is not closed");
			this.line = line;
		}

	}

	private final String text;

	private final List<Row> rows = new ArrayList<>();

	private List<String> fields = new ArrayList<>();

	private final StringBuilder field = new StringBuilder();

	private int line = 1;

	private int rowLine = 1;

	private CsvReader(String text) {
		this.text = text;
	}

	/** All rows, including blank ones; a final line break does not make an extra row. */
	static List<Row> read(String text) {
		return new CsvReader(text).readAll();
	}

	private List<Row> readAll() {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"' && field.isEmpty()) {
				i = readQuoted(i + 1);
				continue;
			}
			if (c == ',') {
				endField();
			}
			else if (c == '\r' || c == '\n') {
				i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 1 : 0;
				endRow();
				line++;
				rowLine = line;
			}
			else {
				field.append(c);
			}
			i++;
		}
		if (!field.isEmpty() || !fields.isEmpty()) {
			endRow();
		}
		return rows;
	}

	/** Reads a quoted field from just after its opening quote; returns the index after the closing quote. */
	private int readQuoted(int start) {
		int openedOn = line;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
					continue;
				}
				return i + 1;
			}
			if (c == '\n' || (c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
				line++;
			}
			field.append(c);
		}
		throw new UnclosedQuote(openedOn);
	}

	private void endField() {
		fields.add(field.toString());
		field.setLength(0);
	}

	private void endRow() {
		endField();
		rows.add(new Row(rowLine, List.copyOf(fields)));
		fields = new ArrayList<>();
	}

}
