package tw.yankao.plan.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import tw.yankao.org.Agency;
import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.Indicator;
import tw.yankao.plan.MediumTermPlan;
import tw.yankao.plan.StrategicGoal;
import tw.yankao.plan.formula.Formula;

/**
 * A plan as its pages show it: with the agency, the medium-term plan it belongs to, and for each
 * indicator whether the formula engine reads its formula, so that unreadable ones are flagged.
 */
public record PlanView(AnnualPlan plan, Agency agency, MediumTermPlan mediumTerm, List<GoalView> goals,
		BigDecimal goalWeights) {

	/** A goal with the sum of its indicators' weights, shown as information (never forced to match). */
	public record GoalView(StrategicGoal goal, BigDecimal indicatorWeights, List<IndicatorView> indicators) {
	}

	/**
	 * @param formulaReadable false when a formula is written but the engine cannot parse it (values are then entered by hand)
	 * @param formulaProblem the engine's reason, null when readable
	 */
	public record IndicatorView(Indicator indicator, boolean formulaReadable, String formulaProblem) {
	}

	static PlanView of(AnnualPlan plan, Agency agency, MediumTermPlan mediumTerm) {
		List<GoalView> goals = plan.content().goals().stream().map(PlanView::goal).toList();
		return new PlanView(plan, agency, mediumTerm, goals,
				sum(plan.content().goals().stream().map(StrategicGoal::weight).toList()));
	}

	private static GoalView goal(StrategicGoal goal) {
		return new GoalView(goal, sum(goal.indicators().stream().map(Indicator::weight).toList()),
				goal.indicators().stream().map(PlanView::indicator).toList());
	}

	private static IndicatorView indicator(Indicator indicator) {
		if (indicator.formula() == null || indicator.formula().isBlank()) {
			return new IndicatorView(indicator, true, null);
		}
		Formula formula = Formula.parse(indicator.formula());
		return new IndicatorView(indicator, formula.isParsed(), formula.reason().orElse(null));
	}

	private static BigDecimal sum(List<BigDecimal> weights) {
		return weights.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
