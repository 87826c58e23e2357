package tw.yankao.plan;

/** The id of a {@link MediumTermPlan}. */
public record MediumTermPlanId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}

}
