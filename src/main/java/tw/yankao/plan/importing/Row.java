package tw.yankao.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A table row: its cells (cleaned, possibly empty) and the lines it was read from. */
record Row(List<String> cells, int fromLine, int toLine) {

	private static final Pattern BARE_WEIGHT = Pattern.compile("^\\d{1,3}(?:\\.\\d+)?\\s*%$");

	Row {
		cells = List.copyOf(cells);
	}

	String cell(int index) {
		return index < cells.size() ? cells.get(index) : "";
	}

	boolean isEmpty() {
		return cells.stream().allMatch(String::isEmpty);
	}

	/** The last cell with text, or empty. */
	String lastText() {
		for (int i = cells.size() - 1; i >= 0; i--) {
			if (!cells.get(i).isEmpty()) {
				return cells.get(i);
			}
		}
		return "";
	}

	/** The text of all cells, for comparing a repeated header with the first one. */
	String joined() {
		return String.join("|", cells).replace(" ", "");
	}

	/**
	 * This row with each weight of a weight column ({@code 20%}) written after the cell before
	 * it ({@code 提升服務(20%)}), the way most plans print weights.
	 */
	Row withWeightsJoined(Set<Integer> weightColumns) {
		if (weightColumns.isEmpty()) {
			return this;
		}
		List<String> joined = new ArrayList<>(cells);
		for (int c : weightColumns) {
			if (c < joined.size() && BARE_WEIGHT.matcher(joined.get(c)).matches() && !joined.get(c - 1).isEmpty()) {
				joined.set(c - 1, joined.get(c - 1) + "(" + joined.get(c).replace(" ", "") + ")");
				joined.set(c, "");
			}
		}
		return new Row(joined, fromLine, toLine);
	}

	/** A row cut by page breaks joined again from its pieces, cell by cell. */
	static Row join(List<Row> pieces) {
		if (pieces.size() == 1) {
			return pieces.get(0);
		}
		List<StringBuilder> cells = new ArrayList<>();
		for (Row piece : pieces) {
			for (int i = 0; i < piece.cells.size(); i++) {
				if (i == cells.size()) {
					cells.add(new StringBuilder());
				}
				String tail = piece.cells.get(i);
				// a new list entry gets a space; a word cut by the page break is joined again
				if (!tail.isEmpty() && !cells.get(i).isEmpty() && Numbering.enumerator(tail) > 0) {
					cells.get(i).append(' ');
				}
				cells.get(i).append(tail);
			}
		}
		return new Row(cells.stream().map(StringBuilder::toString).toList(), pieces.get(0).fromLine,
				pieces.get(pieces.size() - 1).toLine);
	}

}
