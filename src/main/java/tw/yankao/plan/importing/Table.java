package tw.yankao.plan.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table with its header rows told apart from its data rows. A header repeated after a page
 * break is dropped, and a row cut by that page break is joined to the row before it.
 */
final class Table {

	private static final List<String> HEADER_WORDS = List.of("策略績效目標", "策略目標", "績效目標", "指標", "評估體制",
			"評估方式", "衡量標準", "目標值", "工作計畫", "計畫名稱", "計畫項目", "實施內容", "經費", "預算", "備註", "達成情形",
			"權重");

	private final List<Row> header = new ArrayList<>();
	private final List<Row> repeatedHeaders = new ArrayList<>();
	private final List<Row> data = new ArrayList<>();

	Table(List<Row> rows) {
		int i = 0;
		while (i < rows.size() && i < 3 && isHeader(rows.get(i))) {
			header.add(rows.get(i++));
		}
		Set<String> headerTexts = new HashSet<>();
		header.forEach(row -> headerTexts.add(row.joined()));
		// the pieces of each data row, joined at the end so a long run of page breaks stays linear
		List<List<Row>> pieces = new ArrayList<>();
		boolean afterBreak = false;
		for (; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (headerTexts.contains(row.joined())) {
				repeatedHeaders.add(row);
				afterBreak = true;
				continue;
			}
			if (afterBreak && !pieces.isEmpty() && continues(pieces.get(pieces.size() - 1), row)) {
				pieces.get(pieces.size() - 1).add(row);
			}
			else {
				pieces.add(new ArrayList<>(List.of(row)));
			}
			afterBreak = false;
		}
		pieces.forEach(parts -> data.add(Row.join(parts)));
	}

	/** The header rows at the top of the table. */
	List<Row> header() {
		return header;
	}

	/** The header rows repeated after page breaks. */
	List<Row> repeatedHeaders() {
		return repeatedHeaders;
	}

	List<Row> data() {
		return data;
	}

	/** All header text, to tell what the table holds. */
	String headerText() {
		StringBuilder text = new StringBuilder();
		header.forEach(row -> text.append(row.joined()).append('|'));
		return text.toString();
	}

	/** The column whose header contains one of the words, or -1. */
	int column(List<String> words, int exceptColumn) {
		for (Row row : header) {
			for (int c = 0; c < row.cells().size(); c++) {
				String label = row.cell(c);
				if (c != exceptColumn && words.stream().anyMatch(label::contains)) {
					return c;
				}
			}
		}
		return -1;
	}

	/** The header of a column: its first header cell with text, or empty. */
	String label(int column) {
		for (Row row : header) {
			if (!row.cell(column).isEmpty()) {
				return row.cell(column);
			}
		}
		return "";
	}

	/** The columns headed only 權重 (weight), whose cells weigh the cell before them. */
	Set<Integer> weightColumns() {
		Set<Integer> columns = new HashSet<>();
		for (Row row : header) {
			for (int c = 1; c < row.cells().size(); c++) {
				if (row.cell(c).replaceAll("[()%\\s]", "").equals("權重")) {
					columns.add(c);
				}
			}
		}
		return columns;
	}

	static boolean isHeader(Row row) {
		int cells = 0;
		int labels = 0;
		for (String cell : row.cells()) {
			if (cell.isEmpty()) {
				continue;
			}
			if (cell.length() > 20) {
				return false;
			}
			cells++;
			if (HEADER_WORDS.stream().anyMatch(cell::contains)) {
				labels++;
			}
		}
		return cells > 0 && labels * 2 >= cells;
	}

	/**
	 * Whether the first row after a page break continues the row before it: its first cell is
	 * empty, and its second is empty too, or is not a new numbered entry while the text before
	 * the break was cut off or the row goes on with a later list number (二、 after 一、).
	 */
	static boolean continues(List<Row> before, Row row) {
		if (!row.cell(0).isEmpty()) {
			return false;
		}
		String second = row.cell(1);
		if (second.isEmpty()) {
			return true;
		}
		if (Numbering.enumerator(second) > 0) {
			return false;
		}
		return !Numbering.isTerminated(lastText(before)) || Numbering.enumerator(row.lastText()) > 1;
	}

	private static String lastText(List<Row> pieces) {
		for (int i = pieces.size() - 1; i >= 0; i--) {
			if (!pieces.get(i).lastText().isEmpty()) {
				return pieces.get(i).lastText();
			}
		}
		return "";
	}

}
