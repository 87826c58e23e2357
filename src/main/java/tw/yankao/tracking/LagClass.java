package tw.yankao.tracking;

/** How an item's progress compares with its plan in a month. Ahead and on schedule count as executed. */
public enum LagClass {
	AHEAD, ON_SCHEDULE, BEHIND, SERIOUSLY_BEHIND;

	/** Whether the class counts towards the execution rate's numerator. */
	public boolean isExecuted() {
		return this == AHEAD || this == ON_SCHEDULE;
	}
}
