package tw.yankao.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines a document reader hands to {@link PlanTextImport}, built by the contract in
 * {@code package-info.java}: a paragraph is a line, a table row is a line of cells joined by TAB,
 * and a cell's own paragraphs are joined by one space so that the row stays on one line.
 */
final class DocumentLines {

	// a tab or line break inside a cell or paragraph would split a cell or a row
	private static final Pattern BREAKS = Pattern.compile("[\\t\\r\\n\\u000b\\u2028\\u2029]");

	private final List<String> lines = new ArrayList<>();

	/** Adds a paragraph (or heading, or list item) as one line. */
	void paragraph(CharSequence text) {
		lines.add(flat(text));
	}

	/** Adds a table row; empty strings stand for merged and covered cells. */
	void row(List<String> cells) {
		List<String> flat = new ArrayList<>(cells.size());
		for (String cell : cells) {
			flat.add(flat(cell));
		}
		lines.add(String.join("\t", flat));
	}

	/** The text of one cell from its paragraphs: blank ones dropped, the rest joined by a space. */
	static String cell(List<String> paragraphs) {
		StringBuilder text = new StringBuilder();
		for (String paragraph : paragraphs) {
			String flat = flat(paragraph);
			if (!flat.isBlank()) {
				text.append(text.isEmpty() ? "" : " ").append(flat);
			}
		}
		return text.toString();
	}

	String text() {
		return String.join("\n", lines);
	}

	List<String> lines() {
		return List.copyOf(lines);
	}

	private static String flat(CharSequence text) {
		return BREAKS.matcher(text).replaceAll(" ").strip();
	}

}
