package tw.yankao.plan.editing;

/** The ordered parts of a plan whose entries can be removed and moved; the path's segment names each. */
public enum PlanPart {
	OBJECTIVE("objectives"), GOAL("goals"), INDICATOR("indicators"), WORK_PLAN("programmes");

	private final String segment;

	PlanPart(String segment) {
		this.segment = segment;
	}

	public String segment() {
		return segment;
	}

}
