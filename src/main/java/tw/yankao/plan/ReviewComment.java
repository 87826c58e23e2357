package tw.yankao.plan;

import java.time.Instant;

/**
 * A comment of the RDEC on one version of a plan.
 *
 * @param id the id
 * @param planId the plan
 * @param versionNumber the version commented on
 * @param anchor the row it concerns ({@link PlanRow#anchor()}) or {@link PlanRow#WHOLE_PLAN}
 * @param kind a comment, or the reason the plan was returned
 * @param text the text, never blank
 * @param author the login name of who wrote it
 * @param createdAt when
 */
public record ReviewComment(long id, AnnualPlanId planId, int versionNumber, String anchor, Kind kind, String text,
		String author, Instant createdAt) {

	public enum Kind {
		COMMENT, RETURN
	}

}
