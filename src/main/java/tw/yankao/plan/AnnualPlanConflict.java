package tw.yankao.plan;

/**
 * Thrown when a plan is saved for an agency and year that already have one which may not be
 * replaced (any status but {@link PlanStatus#DRAFT} or {@link PlanStatus#RETURNED}), or when the
 * plan (or a city plan, with no {@link #existing()}) changed meanwhile.
 */
public class AnnualPlanConflict extends RuntimeException {

	private final AnnualPlanId existing;

	public AnnualPlanConflict(String message, AnnualPlanId existing) {
		super(message);
		this.existing = existing;
	}

	/** The plan that is in the way; null when another transaction saved it at the same moment. */
	public AnnualPlanId existing() {
		return existing;
	}

}
