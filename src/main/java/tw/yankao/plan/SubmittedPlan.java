package tw.yankao.plan;

/** A plan waiting for the RDEC's review, with the version it is on. */
public record SubmittedPlan(AnnualPlanSummary plan, PlanVersion version) {
}
