package tw.yankao.plan.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.MediumTermPlan;
import tw.yankao.plan.MediumTermPlanId;
import tw.yankao.plan.StaleVersion;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/** Saves medium-term plans: four years, no overlap with another of the same agency, audited. */
@Component
class MediumTermPlanStorage {

	static final String ENTITY = "medium_term_plan";

	private final MediumTermPlans plans;
	private final AgencyDirectory agencies;
	private final ApplicationEventPublisher events;

	MediumTermPlanStorage(MediumTermPlans plans, AgencyDirectory agencies, ApplicationEventPublisher events) {
		this.plans = plans;
		this.agencies = agencies;
		this.events = events;
	}

	/** Must run inside a transaction. */
	MediumTermPlan save(MediumTermPlanId id, int expectedVersion, MediumTermPlan.Draft draft) {
		if (agencies.findById(draft.agencyId()).isEmpty()) {
			throw new InvalidInput("agencyId", "plan.error.agency");
		}
		int toYear = draft.fromYear() + MediumTermPlan.YEARS - 1;
		if (draft.fromYear() < 1 || toYear > 999) {
			throw new InvalidInput("fromYear", "plan.error.year");
		}
		boolean overlaps = plans.overlapping(draft.agencyId(), draft.fromYear(), toYear)
			.stream()
			.anyMatch(other -> !other.id().equals(id));
		if (overlaps) {
			throw new InvalidInput("fromYear", "medium.error.overlap", draft.fromYear(), toYear);
		}
		if (id == null) {
			MediumTermPlanId created = plans.insert(draft);
			MediumTermPlan saved = plans.find(created).orElseThrow();
			events.publishEvent(DataChanged.created(ENTITY, created, saved));
			return saved;
		}
		MediumTermPlan before = plans.find(id).orElseThrow(() -> new NotFound(ENTITY, id));
		if (!plans.update(id, expectedVersion, draft)) {
			throw new StaleVersion("the medium-term plan " + id, expectedVersion, before.version());
		}
		MediumTermPlan after = plans.find(id).orElseThrow();
		events.publishEvent(DataChanged.updated(ENTITY, id, before, after));
		return after;
	}

}
