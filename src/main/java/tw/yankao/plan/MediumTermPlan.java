package tw.yankao.plan;

import java.time.Instant;

/**
 * A medium-term plan (中程施政計畫) of one agency for four ROC years; the annual plans of the
 * agency for those years belong to it.
 *
 * @param id the id
 * @param agencyId the agency (org module)
 * @param fromYear the first ROC year
 * @param toYear the last ROC year, always {@code fromYear + 3}
 * @param vision the vision, null when not written
 * @param mission the mission, null when not written
 * @param strategicGoals the strategic goals as text, null when not written
 * @param version 0 when created, one more for every change (optimistic locking)
 * @param updatedAt when it last changed
 */
public record MediumTermPlan(MediumTermPlanId id, long agencyId, int fromYear, int toYear, String vision,
		String mission, String strategicGoals, int version, Instant updatedAt) {

	/** A medium-term plan always spans four years. */
	public static final int YEARS = 4;

	public boolean covers(int rocYear) {
		return rocYear >= fromYear && rocYear <= toYear;
	}

	/**
	 * What is written into a medium-term plan.
	 *
	 * @param agencyId the agency
	 * @param fromYear the first ROC year (1–996)
	 * @param vision the vision, may be null
	 * @param mission the mission, may be null
	 * @param strategicGoals the strategic goals as text, may be null
	 */
	public record Draft(long agencyId, int fromYear, String vision, String mission, String strategicGoals) {
	}

}
