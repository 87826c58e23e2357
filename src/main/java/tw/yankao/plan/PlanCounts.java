package tw.yankao.plan;

/** How much an annual plan holds; what a summary, the command and the audit log show. */
public record PlanCounts(int objectives, int goals, int indicators, int workPlans, int programmeItems,
		int budgetLines, int priorYearReviews, int unrecognisedBlocks) {

	public static PlanCounts of(PlanContent content) {
		return new PlanCounts(content.objectives().size(), content.goals().size(),
				content.goals().stream().mapToInt(goal -> goal.indicators().size()).sum(), content.programmes().size(),
				content.programmes().stream().mapToInt(programme -> programme.items().size()).sum(),
				content.budget().size(), content.priorYear().size(), content.unrecognised().size());
	}

}
