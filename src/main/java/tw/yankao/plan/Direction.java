package tw.yankao.plan;

/** Which way an indicator's actual value is better. */
public enum Direction {
	HIGHER_IS_BETTER, LOWER_IS_BETTER, MILESTONES
}
