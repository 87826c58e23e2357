package tw.yankao.plan;

/**
 * Where an annual plan stands in its review. Only {@link #DRAFT} can be replaced by a new import;
 * the workflow that moves a plan through the others is not built yet.
 */
public enum PlanStatus {
	DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED
}
