package tw.yankao.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the policy objectives of an objectives section: the entries numbered in the style of
 * the section's first numbered line ({@code 一、} in most plans). The text under an objective
 * explains it and belongs to it; prose before the first objective is left unrecognised.
 */
final class ObjectiveReader {

	// (策略績效目標一), (業務面向策略績效目標二): a cross-reference, not part of the title
	private static final Pattern GOAL_REFERENCE = Pattern.compile("\\s*\\([^()]*目標[^()]*\\)\\s*$");
	private static final Pattern TRAILING_COLON = Pattern.compile("\\s*[:：]\\s*$");

	private final List<String> objectives = new ArrayList<>();
	private char style;
	private boolean inObjective;

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
			objectives.add(title(line));
			inObjective = true;
			return true;
		}
		return inObjective;
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
		return TRAILING_COLON.matcher(GOAL_REFERENCE.matcher(title).replaceFirst("")).replaceFirst("");
	}

	List<String> objectives() {
		return List.copyOf(objectives);
	}

}
