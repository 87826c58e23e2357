package tw.yankao.plan.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a tab-separated table. Exports come in two forms: one row per line, or
 * one cell per line (each line starting with a tab, a blank line ending the row). In both a
 * line without a tab right after a table line continues the cell before it.
 */
final class TableScanner {

	private final SourceLines lines;

	TableScanner(SourceLines lines) {
		this.lines = lines;
	}

	/** The lines from {@code from} (a table line) up to {@code to} that belong to the table. */
	int end(int from, int to) {
		int last = from;
		boolean afterBlank = false;
		for (int n = from + 1; n <= to; n++) {
			if (lines.isBlank(n)) {
				afterBlank = true;
				continue;
			}
			if (!lines.isTableLine(n) && afterBlank) {
				break;
			}
			afterBlank = false;
			last = n;
		}
		return last;
	}

	List<Row> rows(int from, int to) {
		return isCellPerLine(from, to) ? cellPerLine(from, to) : rowPerLine(from, to);
	}

	private boolean isCellPerLine(int from, int to) {
		int tableLines = 0;
		int singleCells = 0;
		for (int n = from; n <= to; n++) {
			String line = lines.line(n);
			if (line.indexOf('\t') >= 0) {
				tableLines++;
				if (line.charAt(0) == '\t' && line.indexOf('\t', 1) < 0) {
					singleCells++;
				}
			}
		}
		return singleCells * 10 >= tableLines * 6;
	}

	private List<Row> rowPerLine(int from, int to) {
		List<Row> rows = new ArrayList<>();
		List<StringBuilder> cells = null;
		int start = from;
		int last = from;
		for (int n = from; n <= to; n++) {
			if (lines.isBlank(n)) {
				continue;
			}
			String line = lines.line(n);
			if (line.indexOf('\t') >= 0 || cells == null) {
				add(rows, cells, start, last);
				cells = new ArrayList<>();
				for (String cell : line.split("\t", -1)) {
					cells.add(new StringBuilder(cell));
				}
				start = n;
			}
			else {
				appendToLast(cells, line);
			}
			last = n;
		}
		add(rows, cells, start, last);
		return rows;
	}

	private List<Row> cellPerLine(int from, int to) {
		List<Row> rows = new ArrayList<>();
		List<StringBuilder> cells = new ArrayList<>();
		int start = from;
		int last = from;
		for (int n = from; n <= to; n++) {
			String line = lines.line(n);
			if (lines.isBlank(n)) {
				add(rows, cells, start, last);
				cells = new ArrayList<>();
				continue;
			}
			if (cells.isEmpty()) {
				start = n;
			}
			if (line.indexOf('\t') >= 0) {
				String[] parts = line.split("\t", -1);
				for (int i = line.charAt(0) == '\t' ? 1 : 0; i < parts.length; i++) {
					cells.add(new StringBuilder(parts[i]));
				}
			}
			else {
				appendToLast(cells, line);
			}
			last = n;
		}
		add(rows, cells, start, last);
		return rows;
	}

	private static void appendToLast(List<StringBuilder> cells, String line) {
		if (cells.isEmpty()) {
			cells.add(new StringBuilder(line));
			return;
		}
		StringBuilder last = cells.get(cells.size() - 1);
		if (!last.isEmpty()) {
			last.append(' ');
		}
		last.append(line);
	}

	private static void add(List<Row> rows, List<StringBuilder> cells, int from, int to) {
		if (cells != null && !cells.isEmpty()) {
			Row row = new Row(cells.stream().map(StringBuilder::toString).toList(), from, Math.max(from, to));
			if (!row.isEmpty()) {
				rows.add(row);
			}
		}
	}

}
