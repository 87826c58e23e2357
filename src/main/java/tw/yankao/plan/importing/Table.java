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
	private final List<Row> data = new ArrayList<>();

	Table(List<Row> rows) {
		int i = 0;
		while (i < rows.size() && i < 3 && isHeader(rows.get(i))) {
			header.add(rows.get(i++));
		}
		boolean afterBreak = false;
		for (; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (isRepeatedHeader(row)) {
				header.add(row);
				afterBreak = true;
				continue;
			}
			if (afterBreak && !data.isEmpty() && continues(data.get(data.size() - 1), row)) {
				data.set(data.size() - 1, data.get(data.size() - 1).continuedBy(row));
			}
			else {
				data.add(row);
			}
			afterBreak = false;
		}
	}

	/** The header rows, first ones and repeated ones. */
	List<Row> header() {
		return header;
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

	private boolean isRepeatedHeader(Row row) {
		return !header.isEmpty() && header.stream().anyMatch(h -> h.joined().equals(row.joined()));
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
	static boolean continues(Row before, Row row) {
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
		return !Numbering.isTerminated(before.lastText()) || Numbering.enumerator(row.lastText()) > 1;
	}

}
