package tw.yankao.plan;

/**
 * Thrown when a plan is changed in a status in which the agency may not change it (see
 * {@link PlanStatus#isEditable()}): submitted plans are the RDEC's to review. Nothing was changed.
 */
public class PlanNotEditable extends RuntimeException {

	private final PlanStatus status;

	public PlanNotEditable(AnnualPlanId id, PlanStatus status) {
		super("the plan " + id + " is " + status + "; only a DRAFT or RETURNED plan can be edited");
		this.status = status;
	}

	public PlanStatus status() {
		return status;
	}

}
