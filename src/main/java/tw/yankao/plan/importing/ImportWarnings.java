package tw.yankao.plan.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what {@link ImportWarning} describes in a plan text and the plan read from it. */
final class ImportWarnings {

	// a bracketed percentage closing a cell, as weights are written, but without a digit in it:
	// "(十五%)" is a weight in words, "(≥85%)" or "(約5%)" a remark about a number
	private static final Pattern BRACKETED_PERCENT = Pattern.compile("\\(([^()0-9]{1,12})%\\)\\s*[:：]?\\s*$");

	private ImportWarnings() {
	}

	static List<ImportWarning> of(String text, ImportedPlan plan) {
		SourceLines lines = SourceLines.of(text);
		List<ImportWarning> warnings = new ArrayList<>();
		for (int n = 1; n <= lines.size(); n++) {
			String[] cells = lines.line(n).split("\t", -1);
			for (int c = 0; c < cells.length; c++) {
				Matcher m = BRACKETED_PERCENT.matcher(cells[c]);
				if (m.find() && Numbering.weight(cells[c]) == null) {
					warnings.add(new ImportWarning(ImportWarning.Kind.WEIGHT_NOT_A_NUMBER, n,
							cells.length > 1 ? c + 1 : 0, m.group()));
				}
			}
		}
		for (ImportedPlan.Goal goal : plan.goals()) {
			for (ImportedPlan.Indicator indicator : goal.indicators()) {
				ImportedPlan.TargetValue target = indicator.target();
				if (target != null && !target.text().isBlank() && indicator.direction() == null) {
					int[] place = place(lines, indicator.name(), target.text());
					warnings.add(new ImportWarning(ImportWarning.Kind.TARGET_NOT_READABLE, place[0], place[1],
							target.text()));
				}
			}
		}
		warnings.sort(Comparator.comparingInt(ImportWarning::line));
		return warnings;
	}

	/** The first line naming the indicator whose cell holds the target: {line, cell}, or zeros. */
	private static int[] place(SourceLines lines, String indicator, String target) {
		for (int n = 1; n <= lines.size(); n++) {
			String line = lines.line(n);
			if (!line.contains(indicator)) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			for (int c = 0; c < cells.length; c++) {
				if (cells[c].contains(target)) {
					return new int[] { n, c + 1 };
				}
			}
		}
		return new int[] { 0, 0 };
	}

}
