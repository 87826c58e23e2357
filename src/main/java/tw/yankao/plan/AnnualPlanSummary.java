package tw.yankao.plan;

import java.time.Instant;

/**
 * An annual plan without its content.
 *
 * @param id the id
 * @param agencyId the agency (org module) the plan belongs to
 * @param rocYear the ROC year planned (109 = 2020)
 * @param title e.g. {@code 臺中市政府秘書處107年度施政計畫}
 * @param status where the plan stands
 * @param version 0 when created, one more for every change (optimistic locking)
 * @param sourceName the file the plan was imported from, null when unknown
 * @param createdAt when the plan was first saved
 * @param updatedAt when it last changed
 * @param counts how much it holds
 */
public record AnnualPlanSummary(AnnualPlanId id, long agencyId, int rocYear, String title, PlanStatus status,
		int version, String sourceName, Instant createdAt, Instant updatedAt, PlanCounts counts) {
}
