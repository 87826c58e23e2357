package tw.yankao.plan;

/** The id of an {@link AnnualPlan}. */
public record AnnualPlanId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}

}
