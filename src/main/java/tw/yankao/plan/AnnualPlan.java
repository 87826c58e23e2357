package tw.yankao.plan;

/**
 * An annual plan (年度施政計畫) of one agency for one ROC year, with everything it holds.
 *
 * @param summary the header and counts
 * @param agencyName the agency as the imported text names it, null when it does not
 * @param content the objectives, goals, programmes, budget, prior-year review and unrecognised blocks
 * @param narrative the vision, mission and titled narrative sections, written in the editor
 */
public record AnnualPlan(AnnualPlanSummary summary, String agencyName, PlanContent content, PlanNarrative narrative) {

	public AnnualPlan {
		narrative = narrative == null ? PlanNarrative.NONE : narrative;
	}

	public AnnualPlan(AnnualPlanSummary summary, String agencyName, PlanContent content) {
		this(summary, agencyName, content, PlanNarrative.NONE);
	}

	public AnnualPlanId id() {
		return summary.id();
	}

}
