package tw.yankao.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import tw.yankao.plan.importing.ImportedPlan;

/**
 * Stores and reads annual plans.
 *
 * <p>The rule for saving: one plan per agency and ROC year. A new import replaces an existing
 * plan only while it is a {@link PlanStatus#DRAFT} or {@link PlanStatus#RETURNED} (the agency
 * revises a returned plan, which becomes a DRAFT again): the plan keeps its id, its content is
 * replaced as a whole and its version goes up by one. Any other status (submitted, approved,
 * published) refuses the import and changes nothing, because a plan under review or approved
 * must not be overwritten by a file; the versions submitted earlier stay with the review.
 *
 * <p>The rule for editing: a plan changes only while it is {@link PlanStatus#isEditable() editable},
 * and only against the version the editor loaded (optimistic locking); each change is one
 * transaction that raises the version by one and is audited.
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
	 * @throws AnnualPlanConflict when the agency already has a plan for the year that is neither a draft nor returned
	 * @throws IllegalArgumentException when the agency does not exist or the year is out of range
	 */
	AnnualPlanId saveDraft(ImportedPlan plan, long agencyId, int rocYear, String sourceName);

	/** The plan with all it holds, empty when there is none with this id. */
	Optional<AnnualPlan> find(AnnualPlanId id);

	/** The agency's plans, newest year first. */
	List<AnnualPlanSummary> plansOf(long agencyId);

	/** The plans that match, by year (newest first) and agency. */
	List<AnnualPlanSummary> plans(PlanQuery query);

	/**
	 * Starts an empty draft, titled after the agency, and audits it.
	 *
	 * @throws AnnualPlanConflict when the agency already has a plan for the year
	 * @throws IllegalArgumentException when the agency does not exist or the year is out of range
	 */
	AnnualPlanId startDraft(long agencyId, int rocYear);

	/**
	 * Changes a plan in one transaction: {@code change} gets the plan as stored and returns it as it
	 * shall be; it may throw (e.g. {@code InvalidInput}) and then nothing is saved. Audited with
	 * {@code part} naming what was edited.
	 *
	 * @return the plan as saved, one version higher
	 * @throws StaleVersion when the plan is no longer at {@code expectedVersion}
	 * @throws PlanNotEditable when the plan is neither a draft nor returned
	 * @throws tw.yankao.shared.web.NotFound when there is no such plan
	 */
	AnnualPlan revise(AnnualPlanId id, int expectedVersion, String part, UnaryOperator<EditablePlan> change);

	/** The medium-term plans of these agencies (empty: all), newest first. */
	List<MediumTermPlan> mediumTermPlans(Optional<Set<Long>> agencies);

	Optional<MediumTermPlan> findMediumTermPlan(MediumTermPlanId id);

	/** The medium-term plan of the agency whose years cover {@code rocYear}, if any. */
	Optional<MediumTermPlan> mediumTermPlanOf(long agencyId, int rocYear);

	/**
	 * Creates ({@code id} null) or changes a medium-term plan, audited.
	 *
	 * @throws StaleVersion when the plan is no longer at {@code expectedVersion}
	 * @throws tw.yankao.shared.web.InvalidInput when the years are out of range or overlap another
	 *     medium-term plan of the agency
	 */
	MediumTermPlan saveMediumTermPlan(MediumTermPlanId id, int expectedVersion, MediumTermPlan.Draft draft);

}
