package tw.yankao.plan.importing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a plan text, cleaned for reading, with a record of which lines a reader has
 * understood, so that everything else can be reported as unrecognised.
 */
final class SourceLines {

	// Word processors leave bookmarks and HTML in exported cells; they carry no content.
	private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\[\\]]*\\]");
	// only the tags exports leave, with quoted attributes, so that "A<B 且 C>D" stays text
	private static final Pattern TAG = Pattern.compile(
			"</?(?:p|ol|ul|li|br|span|div|font|strong|em|b|i|u|sup|sub|table|tbody|tr|td|th)"
					+ "(?:\\s+[a-zA-Z-]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'))*\\s*/?>",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern BULLET = Pattern.compile("^[-•‧・*]\\s+");
	private static final Pattern SPACES = Pattern.compile("[ \\u00a0\\u3000]+");

	private final List<String> lines;
	private final BitSet understood = new BitSet();

	private SourceLines(List<String> lines) {
		this.lines = lines;
	}

	static SourceLines of(String text) {
		List<String> cleaned = new ArrayList<>();
		for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
			cleaned.add(clean(line));
		}
		return new SourceLines(cleaned);
	}

	/** Removes bookmarks and tags, normalises digits and brackets, keeps the tabs (cell borders). */
	static String clean(String line) {
		String text = BOOKMARK.matcher(line).replaceAll("");
		text = TAG.matcher(text).replaceAll(" ");
		text = Numbering.halfWidth(text);
		String[] cells = text.split("\t", -1);
		for (int i = 0; i < cells.length; i++) {
			cells[i] = SPACES.matcher(cells[i]).replaceAll(" ").strip();
		}
		if (cells.length == 1) {
			// a list bullet of the export, not of the plan's own numbering
			cells[0] = BULLET.matcher(cells[0]).replaceFirst("");
		}
		return String.join("\t", cells);
	}

	/** Number of lines; line numbers run from 1 to this. */
	int size() {
		return lines.size();
	}

	/** The cleaned text of a 1-based line. */
	String line(int number) {
		return lines.get(number - 1);
	}

	/** Empty after cleaning; a line holding only a tab is not blank but an empty table cell. */
	boolean isBlank(int number) {
		return line(number).isEmpty();
	}

	boolean isTableLine(int number) {
		return line(number).indexOf('\t') >= 0;
	}

	void understand(int from, int to) {
		understood.set(from - 1, to);
	}

	boolean isUnderstood(int number) {
		return understood.get(number - 1);
	}

}
