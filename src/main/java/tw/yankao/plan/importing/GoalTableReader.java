package tw.yankao.plan.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tw.yankao.plan.formula.Target;
import tw.yankao.plan.importing.ImportedPlan.Direction;
import tw.yankao.plan.importing.ImportedPlan.Goal;
import tw.yankao.plan.importing.ImportedPlan.Indicator;
import tw.yankao.plan.importing.ImportedPlan.PriorYearResult;
import tw.yankao.plan.importing.ImportedPlan.TargetValue;

/**
 * Reads indicator tables (strategic goals with their weighted indicators) and prior-year
 * tables (target and analysis per indicator). Of the cells after an indicator the last is the
 * target; a digit 1–5 is the evaluation scheme, a short 統計數據 or 文件資料 the evaluation
 * method (in whichever column they stand); the rest is the formula.
 */
final class GoalTableReader {

	private static final Pattern SCHEME = Pattern.compile("^[1-5]$");
	// the methods plans name; anything longer is more likely a short formula (開放資料集數)
	private static final Pattern METHOD = Pattern.compile("^(統計數據|文件資料|\\S{0,4}調查)$");

	private final List<MutableGoal> goals = new ArrayList<>();
	private final List<PriorYearResult> priorYear = new ArrayList<>();
	private Integer reviewYear;
	private String priorYearGoal;

	/** The ROC year the prior-year rows read from now on review. */
	void reviewYear(Integer year) {
		reviewYear = year;
	}

	/** Reads an indicator row; false when the row holds no indicator. */
	boolean readIndicator(Row row) {
		WeightedRow read = WeightedRow.read(row);
		if (read == null || (!read.startsGoal() && goals.isEmpty())) {
			return false;
		}
		if (read.startsGoal()) {
			goals.add(new MutableGoal(read.goalCode, read.goalName, read.goalWeight));
		}
		if (read.indicatorName == null) {
			return true;
		}
		List<String> rest = new ArrayList<>(read.rest);
		Target target = Target.parse(rest.remove(rest.size() - 1));
		String scheme = take(rest, SCHEME);
		String method = take(rest, METHOD);
		String formula = rest.isEmpty() ? null : String.join(" ", rest);
		goals.get(goals.size() - 1).indicators.add(new Indicator(read.indicatorName, read.indicatorWeight, scheme,
				method, formula, TargetValue.of(target), Direction.of(target)));
		return true;
	}

	/** Reads a prior-year row; false when the row holds no indicator. */
	boolean readPriorYear(Row row) {
		WeightedRow read = WeightedRow.read(row);
		if (read == null || (!read.startsGoal() && priorYearGoal == null)) {
			return false;
		}
		if (read.startsGoal()) {
			priorYearGoal = read.goalName;
		}
		if (read.indicatorName == null) {
			return true;
		}
		TargetValue target = TargetValue.of(Target.parse(read.rest.get(0)));
		String analysis = read.rest.size() > 1 ? String.join(" ", read.rest.subList(1, read.rest.size())) : null;
		priorYear.add(new PriorYearResult(reviewYear, priorYearGoal, read.indicatorName, target, analysis));
		return true;
	}

	/** Removes and returns the first cell that matches, wherever its column is; null when none does. */
	private static String take(List<String> cells, Pattern pattern) {
		for (int i = 0; i < cells.size(); i++) {
			if (pattern.matcher(cells.get(i)).matches()) {
				return cells.remove(i);
			}
		}
		return null;
	}

	List<Goal> goals() {
		return goals.stream().map(MutableGoal::toGoal).toList();
	}

	List<PriorYearResult> priorYear() {
		return List.copyOf(priorYear);
	}

	private static final class MutableGoal {

		private final String code;
		private final String name;
		private final BigDecimal weight;
		private final List<Indicator> indicators = new ArrayList<>();

		MutableGoal(String code, String name, BigDecimal weight) {
			this.code = code;
			this.name = name;
			this.weight = weight;
		}

		Goal toGoal() {
			return new Goal(code, name, weight, List.copyOf(indicators));
		}

	}

}
