package tw.yankao.plan;

import java.util.List;
import java.util.Optional;

import tw.yankao.plan.importing.ImportedPlan;

/**
 * Stores and reads annual plans.
 *
 * <p>The rule for saving: one plan per agency and ROC year. A new import replaces an existing
 * plan only while it is a {@link PlanStatus#DRAFT}: the plan keeps its id, its content is
 * replaced as a whole and its version goes up by one. Any other status (submitted, returned,
 * approved, published) refuses the import and changes nothing, because a plan under review or
 * approved must not be overwritten by a file.
 */
public interface PlanManagement {

	/**
	 * Saves an imported plan as a draft, in one transaction, and audits it (action {@code IMPORT},
	 * with counts rather than the whole plan).
	 *
	 * @param plan what the import recognised; its agency and year are not used
	 * @param agencyId the agency the plan belongs to
	 * @param rocYear the ROC year, 1–999
	 * @param sourceName the file name it came from, null when unknown
	 * @return the id of the new or replaced draft
	 * @throws AnnualPlanConflict when the agency already has a plan for the year that is not a draft
	 * @throws IllegalArgumentException when the agency does not exist or the year is out of range
	 */
	AnnualPlanId saveDraft(ImportedPlan plan, long agencyId, int rocYear, String sourceName);

	/** The plan with all it holds, empty when there is none with this id. */
	Optional<AnnualPlan> find(AnnualPlanId id);

	/** The agency's plans, newest year first. */
	List<AnnualPlanSummary> plansOf(long agencyId);

}
