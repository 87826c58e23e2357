package tw.yankao.plan.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A row of an indicator or prior-year table read by content rather than by header position,
 * since the seeds' headers do not line up with their cells: the cells that end in a weight
 * ({@code (7%)}) are the goal and the indicator; when only one does, the row adds an indicator
 * to the goal of the rows before, unless nothing follows it: then it is a goal on a row of its
 * own ({@link #indicatorName} null). The cells after the indicator are returned as {@link #rest}.
 */
final class WeightedRow {

	private static final Pattern BARE_NUMERAL = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.]?$");

	final String goalCode;
	final String goalName;
	final BigDecimal goalWeight;
	final String indicatorName;
	final BigDecimal indicatorWeight;
	final List<String> rest;

	private WeightedRow(String goalCode, String goalName, BigDecimal goalWeight, String indicatorName,
			BigDecimal indicatorWeight, List<String> rest) {
		this.goalCode = goalCode;
		this.goalName = goalName;
		this.goalWeight = goalWeight;
		this.indicatorName = indicatorName;
		this.indicatorWeight = indicatorWeight;
		this.rest = rest;
	}

	/** The row read, or null when no cell carries a weight. */
	static WeightedRow read(Row row) {
		List<Integer> weighted = new ArrayList<>();
		for (int c = 0; c < row.cells().size(); c++) {
			if (Numbering.weight(row.cell(c)) != null) {
				weighted.add(c);
			}
		}
		if (weighted.isEmpty()) {
			return null;
		}
		int indicator = weighted.size() > 1 ? weighted.get(1) : weighted.get(0);
		List<String> rest = new ArrayList<>();
		for (int c = indicator + 1; c < row.cells().size(); c++) {
			if (!row.cell(c).isEmpty()) {
				rest.add(row.cell(c));
			}
		}
		String indicatorCell = row.cell(indicator);
		if (weighted.size() == 1 && rest.isEmpty()) {
			// nothing after it: a goal on a row of its own, its indicators on the rows below
			return new WeightedRow(code(row, indicator), name(indicatorCell), Numbering.weight(indicatorCell), null, null,
					rest);
		}
		if (weighted.size() == 1) {
			return new WeightedRow(null, null, null, name(indicatorCell), Numbering.weight(indicatorCell), rest);
		}
		int goal = weighted.get(0);
		String goalCell = row.cell(goal);
		return new WeightedRow(code(row, goal), name(goalCell), Numbering.weight(goalCell), name(indicatorCell),
				Numbering.weight(indicatorCell), rest);
	}

	boolean startsGoal() {
		return goalName != null;
	}

	private static String name(String cell) {
		return Numbering.withoutWeight(Numbering.withoutEnumerator(cell));
	}

	/** The goal's numbering: its own ({@code 一、提升…}) or a cell of only a numeral before it. */
	private static String code(Row row, int goal) {
		String own = Numbering.listCode(row.cell(goal));
		if (own != null) {
			return own;
		}
		for (int c = goal - 1; c >= 0; c--) {
			if (BARE_NUMERAL.matcher(row.cell(c)).matches()) {
				return row.cell(c).replaceAll("[、.]", "");
			}
		}
		return null;
	}

}
