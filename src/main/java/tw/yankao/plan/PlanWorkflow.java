package tw.yankao.plan;

import java.util.List;
import java.util.Optional;

/**
 * Moves annual plans through their review: an agency liaison submits a draft (or a returned
 * plan), the RDEC comments on the submitted version and returns or approves it, and compiles a ROC
 * year's approved plans into the city plan (彙編), which it then publishes.
 *
 * <p>Every transition checks, in one transaction: the caller's role and agency scope (refused with
 * {@link org.springframework.security.access.AccessDeniedException}), the plan's version against
 * {@code expectedVersion} ({@link AnnualPlanConflict} when it changed meanwhile), and the current
 * status ({@link tw.yankao.shared.web.InvalidInput} on the field {@code status}). Each is audited
 * with {@link tw.yankao.shared.DataChanged}.
 */
public interface PlanWorkflow {

	/**
	 * DRAFT or RETURNED → SUBMITTED, by the agency's liaison; stores a snapshot of the content as
	 * the next version (1, 2, …).
	 */
	PlanVersion submit(AnnualPlanId id, int expectedVersion);

	/** SUBMITTED → RETURNED by the RDEC, with a reason (required) kept as a comment on the plan. */
	void returnToAgency(AnnualPlanId id, int expectedVersion, String reason);

	/** SUBMITTED → APPROVED by the RDEC. */
	void approve(AnnualPlanId id, int expectedVersion);

	/**
	 * An RDEC comment on a submitted plan's latest version.
	 *
	 * @param anchor a row of that version ({@link PlanRow#anchor()}) or {@link PlanRow#WHOLE_PLAN}
	 */
	ReviewComment comment(AnnualPlanId id, int versionNumber, String anchor, String text);

	/** The plan's submitted versions, oldest first; for the RDEC and the plan's own agency. */
	List<PlanVersion> versions(AnnualPlanId id);

	/** One version's rows in the order of the plan, empty when there is no such version. */
	Optional<List<PlanRow>> rowsOf(AnnualPlanId id, int versionNumber);

	/** What changed from version {@code from} to version {@code to}, row by row. */
	PlanDiff diff(AnnualPlanId id, int from, int to);

	/** Every comment on the plan, oldest first. */
	List<ReviewComment> comments(AnnualPlanId id);

	/** The plans waiting for the RDEC, oldest submission first. */
	List<SubmittedPlan> reviewQueue();

	/** The city plan of the year with its approved and compiled plans. */
	CityPlan cityPlan(int rocYear);

	/**
	 * Compiles the year's APPROVED plans into the city plan, in the order of the organisation tree;
	 * compiling again replaces the list until it is published.
	 *
	 * @param expectedVersion the city plan's version, or -1 when it has not been compiled yet
	 */
	CityPlan compile(int rocYear, int expectedVersion);

	/** Publishes the compiled city plan: it and each of its plans become PUBLISHED. */
	CityPlan publish(int rocYear, int expectedVersion);

}
