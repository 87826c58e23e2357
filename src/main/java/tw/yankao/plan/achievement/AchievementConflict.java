package tw.yankao.plan.achievement;

/**
 * Someone changed the report since it was read: the change is refused (HTTP 409) and the user
 * reloads the report to see what changed.
 */
public class AchievementConflict extends RuntimeException {

	private final long indicatorId;

	public AchievementConflict(long indicatorId, long reportId) {
		super("achievement report " + reportId + " was changed by someone else");
		this.indicatorId = indicatorId;
	}

	/** The indicator whose page shows the report as it is now. */
	public long indicatorId() {
		return indicatorId;
	}

}
