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
 * tables (target and analysis per indicator). After the indicator the cells are, in order and
 * each optional: evaluation scheme (a digit 1–5), evaluation method (統計數據, 文件資料 …),
 * formula, and last the target.
 */
final class GoalTableReader {

	private static final Pattern SCHEME = Pattern.compile("^[1-5]$");
	private static final Pattern METHOD = Pattern.compile("^.{0,6}(數據|資料|調查|報告).{0,4}$");

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
		String scheme = !rest.isEmpty() && SCHEME.matcher(rest.get(0)).matches() ? rest.remove(0) : null;
		String method = !rest.isEmpty() && METHOD.matcher(rest.get(0)).matches() ? rest.remove(0) : null;
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
