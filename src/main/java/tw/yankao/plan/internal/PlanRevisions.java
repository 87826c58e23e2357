package tw.yankao.plan.internal;

import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.EditablePlan;
import tw.yankao.plan.PlanCounts;
import tw.yankao.plan.PlanNotEditable;
import tw.yankao.plan.StaleVersion;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.web.InvalidInput;

/**
 * Changes of a plan in the editor, under the rules of {@code PlanManagement#revise}: the row is
 * locked, the version and status checked, the change computed before anything is written, then
 * header, prose and content written and the change audited, all in the caller's transaction.
 */
@Component
class PlanRevisions {

	/** What the audit log records of an edit: which part, and the plan's counts and title. */
	record Revision(String part, int version, String title, PlanCounts counts) {
	}

	private final AnnualPlans plans;
	private final PlanContents contents;
	private final Narratives narratives;
	private final ApplicationEventPublisher events;

	PlanRevisions(AnnualPlans plans, PlanContents contents, Narratives narratives, ApplicationEventPublisher events) {
		this.plans = plans;
		this.contents = contents;
		this.narratives = narratives;
		this.events = events;
	}

	AnnualPlan read(AnnualPlans.Header header) {
		AnnualPlanId id = header.summary().id();
		return new AnnualPlan(header.summary(), header.agencyName(), contents.read(id), narratives.of(id));
	}

	/** Must run inside a transaction. */
	void revise(AnnualPlanId id, int expectedVersion, String part, UnaryOperator<EditablePlan> change) {
		AnnualPlans.Header header = plans.lock(id)
			.orElseThrow(() -> new tw.yankao.shared.web.NotFound(PlanStorage.ENTITY, id));
		AnnualPlanSummary summary = header.summary();
		if (summary.version() != expectedVersion) {
			throw new StaleVersion("the plan " + id, expectedVersion, summary.version());
		}
		if (!summary.status().isEditable()) {
			throw new PlanNotEditable(id, summary.status());
		}
		EditablePlan before = EditablePlan.of(read(header));
		EditablePlan after = change.apply(before);
		if (after.title() == null || after.title().isBlank()) {
			throw new InvalidInput("title", "plan.error.required");
		}
		// the row is locked, so the version cannot have moved since the check above
		plans.revise(id, expectedVersion, after.title().strip());
		narratives.replace(id, after.narrative());
		contents.replace(id, after.content());
		events.publishEvent(DataChanged.updated(PlanStorage.ENTITY, id,
				new Revision(part, expectedVersion, before.title(), PlanCounts.of(before.content())),
				new Revision(part, expectedVersion + 1, after.title(), PlanCounts.of(after.content()))));
	}

}
