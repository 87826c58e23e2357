package tw.yankao.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the policy objectives of an objectives section: the entries numbered in the style of
 * the section's first numbered line ({@code 一、} in most plans). Each objective is its title on
 * the first line and, on the lines after it, the text under it that explains it; prose before
 * the first objective is left unrecognised.
 */
final class ObjectiveReader {

	private static final int MIN_CUT_LINE = 30;
	private static final Pattern TRAILING_COLON = Pattern.compile("\\s*[:：]\\s*$");

	private final List<StringBuilder> objectives = new ArrayList<>();
	private char style;
	private boolean inObjective;
	private boolean explained;
	private int lastLineLength;

	/** Starts a new section: the numbering style is found again. */
	void startSection() {
		style = 0;
		inObjective = false;
	}

	/** Reads a line of the section (not blank, not a table); false when it is not understood. */
	boolean read(String line) {
		boolean numbered = Numbering.enumerator(line) > 0;
		if (numbered && style == 0) {
			style = style(line);
		}
		if (numbered && style(line) == style) {
			objectives.add(new StringBuilder(title(line)));
			inObjective = true;
			explained = false;
			return true;
		}
		if (inObjective) {
			explain(objectives.get(objectives.size() - 1), line, numbered);
		}
		return inObjective;
	}

	/**
	 * Adds a line of explanation. A long line that ends mid-sentence was cut by the page layout
	 * and is joined to the next again; a short one is a sub-heading and keeps its own line.
	 */
	private void explain(StringBuilder objective, String line, boolean numbered) {
		boolean cut = explained && lastLineLength >= MIN_CUT_LINE && !Numbering.isTerminated(objective);
		if (numbered || !cut) {
			objective.append('\n');
		}
		objective.append(line);
		explained = true;
		lastLineLength = line.length();
	}

	/** (一) or (1), 一、, 1、 or 1., 一 followed by a space. */
	private static char style(String line) {
		if (line.startsWith("(")) {
			return 'P';
		}
		if (Numbering.isTopLevel(line)) {
			return 'T';
		}
		return Character.isDigit(line.charAt(0)) ? 'A' : 'S';
	}

	private static String title(String line) {
		String title = TRAILING_COLON.matcher(Numbering.withoutEnumerator(line)).replaceFirst("");
		return TRAILING_COLON.matcher(withoutGoalReference(title)).replaceFirst("");
	}

	/** Without a closing (策略績效目標一) or (業務面向策略績效目標二): a cross-reference, not the title. */
	private static String withoutGoalReference(String title) {
		int open = title.lastIndexOf('(');
		boolean closing = open > 0 && title.endsWith(")") && title.indexOf(')', open) == title.length() - 1;
		return closing && title.substring(open).contains("目標") ? title.substring(0, open).strip() : title;
	}

	List<String> objectives() {
		return objectives.stream().map(StringBuilder::toString).toList();
	}

}
