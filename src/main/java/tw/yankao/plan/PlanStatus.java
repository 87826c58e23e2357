package tw.yankao.plan;

/**
 * Where an annual plan stands in its review: the agency drafts and submits, the RDEC returns or
 * approves, and approved plans are compiled and published; {@link PlanWorkflow} moves plans between
 * them. Only a {@link #DRAFT} or a {@link #RETURNED} plan can be replaced by a new import (a returned
 * one becomes a draft again), and the editor changes a plan only while it is {@link #isEditable()}.
 */
public enum PlanStatus {
	DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED;

	/** Whether the agency may still change the plan: before submission, or after the RDEC returned it. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
