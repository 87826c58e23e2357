package tw.yankao.plan;

import java.time.Instant;

/**
 * One submission of an annual plan: a snapshot of its content at that moment.
 *
 * @param planId the plan
 * @param number 1 for the first submission, one more for each following
 * @param submittedBy the login name of the liaison who submitted it
 * @param submittedAt when
 */
public record PlanVersion(AnnualPlanId planId, int number, String submittedBy, Instant submittedAt) {
}
