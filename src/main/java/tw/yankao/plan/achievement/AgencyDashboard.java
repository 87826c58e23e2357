package tw.yankao.plan.achievement;

import java.math.BigDecimal;
import java.util.List;

import tw.yankao.plan.formula.WeightedScore;

/**
 * An agency's indicators of one ROC year against their targets, by strategic goal.
 *
 * @param agencyId the agency
 * @param rocYear the ROC year
 * @param goals the goals of its approved plan, in plan order; empty when it has none
 * @param score the agency's weighted score over its goals
 */
public record AgencyDashboard(long agencyId, int rocYear, List<Goal> goals, WeightedScore score) {

	/**
	 * A goal with its indicators and weighted score.
	 *
	 * @param goalId {@code plan_strategic_goal.id}
	 * @param label code and name
	 * @param weight percent as printed, null when absent
	 * @param indicators its indicators
	 * @param score the weighted score over its indicators
	 */
	public record Goal(long goalId, String label, BigDecimal weight, List<IndicatorAchievement> indicators,
			WeightedScore score) {
	}

	/** How many indicators have nothing reported. */
	public long missingReports() {
		return goals.stream().flatMap(goal -> goal.indicators().stream()).filter(IndicatorAchievement::isMissing).count();
	}

	public long indicatorCount() {
		return goals.stream().mapToLong(goal -> goal.indicators().size()).sum();
	}

}
