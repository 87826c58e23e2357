package tw.yankao.shared.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF, LF or CR) into the rows of a
 * {@link CsvFile}, each with the line it starts on, leaving out rows whose fields are all blank.
 */
final class CsvRows {

	/**
	 * @param rows the non-blank rows, fields as written (quotes removed, not stripped)
	 * @param unclosedQuoteLine the line of a quote that never closes, 0 when every quote closes
	 */
	record Result(List<CsvFile.Row> rows, int unclosedQuoteLine) {
	}

	private final String text;
	private final List<CsvFile.Row> rows = new ArrayList<>();
	private List<String> fields = new ArrayList<>();
	private final StringBuilder field = new StringBuilder();
	private int line = 1;
	private int rowLine = 1;
	private int unclosedQuoteLine;

	private CsvRows(String text) {
		this.text = text;
	}

	/** A final line break does not make an extra row. */
	static Result split(String text) {
		return new CsvRows(text).splitAll();
	}

	private Result splitAll() {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			// A quote opens a quoted field only at the field's start; elsewhere it is text, as spreadsheets read it.
			if (c == '"' && field.isEmpty()) {
				i = readQuoted(i + 1);
				continue;
			}
			if (c == ',') {
				endField();
			}
			else if (c == '\r' || c == '\n') {
				i += c == '\r' && next(i) == '\n' ? 1 : 0;
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
		return new Result(List.copyOf(rows), unclosedQuoteLine);
	}

	/** Reads a quoted field from just after its opening quote; returns the index after the closing quote. */
	private int readQuoted(int start) {
		int openedOn = line;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				if (next(i) == '"') {
					field.append('"');
					i++;
					continue;
				}
				return i + 1;
			}
			if (c == '\n' || (c == '\r' && next(i) != '\n')) {
				line++;
			}
			field.append(c);
		}
		unclosedQuoteLine = openedOn;
		return text.length();
	}

	private char next(int i) {
		return i + 1 < text.length() ? text.charAt(i + 1) : 0;
	}

	private void endField() {
		fields.add(field.toString());
		field.setLength(0);
	}

	private void endRow() {
		endField();
		if (!fields.stream().allMatch(String::isBlank)) {
			rows.add(new CsvFile.Row(rowLine, List.copyOf(fields)));
		}
		fields = new ArrayList<>();
	}

}
