package tw.yankao.plan.achievement;

import java.math.BigDecimal;

import tw.yankao.plan.Direction;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.formula.Formula;
import tw.yankao.plan.formula.Polarity;
import tw.yankao.plan.formula.Target;

/**
 * An indicator as stored, with its id, its goal and its plan: what achievement is reported against.
 *
 * @param id {@code plan_indicator.id}
 * @param planId the annual plan
 * @param agencyId the plan's agency
 * @param rocYear the plan's ROC year
 * @param planStatus the plan's status: reports only for APPROVED or PUBLISHED
 * @param goalId the strategic goal
 * @param goalCode the goal's code ({@code 一}), null when unnumbered
 * @param goalName the goal's name, null when absent
 * @param goalWeight the goal's weight in percent, null when absent
 * @param name the indicator's name
 * @param weight percent as printed, null when absent
 * @param formulaText 衡量標準 as written, null when absent
 * @param targetText 目標值 as written, null when absent
 * @param targetUnit the target's unit, null when unknown
 * @param direction which way is better, null when unknown
 * @param metricKey the live metric it is bound to, null when its actuals are entered by hand
 */
public record PlanIndicator(long id, long planId, long agencyId, int rocYear, PlanStatus planStatus, long goalId,
		String goalCode, String goalName, BigDecimal goalWeight, String name, BigDecimal weight, String formulaText,
		String targetText, String targetUnit, Direction direction, String metricKey) {

	/** Whether achievement may be reported: the plan has been approved. */
	public boolean acceptsReports() {
		return planStatus == PlanStatus.APPROVED || planStatus == PlanStatus.PUBLISHED;
	}

	public boolean isLive() {
		return metricKey != null;
	}

	public Formula formula() {
		return Formula.parse(formulaText);
	}

	public Target target() {
		return Target.parse(targetText);
	}

	/** The stored direction when known, otherwise what the target's bound implies. */
	public Polarity polarity() {
		return direction == Direction.LOWER_IS_BETTER ? Polarity.LOWER_IS_BETTER : Polarity.of(target());
	}

	/** The goal as shown: code and name. */
	public String goalLabel() {
		String code = goalCode == null ? "" : goalCode + "、";
		return code + (goalName == null ? "" : goalName);
	}

}
