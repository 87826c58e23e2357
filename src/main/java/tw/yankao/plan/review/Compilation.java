package tw.yankao.plan.review;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanConflict;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.CityPlan;
import tw.yankao.plan.PlanStatus;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.web.InvalidInput;

/**
 * The city plan (彙編) of a ROC year: compiles the approved agency plans in the order of the
 * organisation tree and publishes them. Runs in the caller's transaction, after its role check.
 */
@Component
class Compilation {

	static final String ENTITY = "city_plan";

	/** What the audit log records of a city plan. */
	record Audited(int rocYear, CityPlan.Status status, int version, List<Long> plans) {
	}

	private final CityPlans cityPlans;
	private final PlanStatuses statuses;
	private final ReviewedPlans plans;
	private final AgencyDirectory agencies;
	private final ApplicationEventPublisher events;

	Compilation(CityPlans cityPlans, PlanStatuses statuses, ReviewedPlans plans, AgencyDirectory agencies,
			ApplicationEventPublisher events) {
		this.cityPlans = cityPlans;
		this.statuses = statuses;
		this.plans = plans;
		this.agencies = agencies;
		this.events = events;
	}

	CityPlan cityPlan(int rocYear) {
		List<AnnualPlanSummary> approved = inTreeOrder(statuses.inStatus(ReviewedPlans.of(PlanStatus.APPROVED), rocYear));
		List<AnnualPlanSummary> compiled = cityPlans.entries(rocYear).stream().map(this::summary).toList();
		return cityPlans.find(rocYear)
			.map(h -> new CityPlan(rocYear, h.status(), h.version(), h.compiledBy(), h.compiledAt(), h.publishedAt(),
					compiled, approved))
			.orElseGet(() -> new CityPlan(rocYear, CityPlan.Status.NOT_COMPILED, -1, null, null, null, compiled,
					approved));
	}

	CityPlan compile(int rocYear, int expectedVersion, String compiledBy) {
		CityPlan before = locked(rocYear, expectedVersion);
		if (before.status() == CityPlan.Status.PUBLISHED) {
			throw new InvalidInput("status", "plan-review.status.not-allowed", before.status().name());
		}
		if (before.approved().isEmpty()) {
			throw new InvalidInput("rocYear", "plan-review.compile.none", rocYear);
		}
		cityPlans.compile(rocYear, compiledBy, before.approved().stream().map(AnnualPlanSummary::id).toList());
		return audited(before, "COMPILE");
	}

	CityPlan publish(int rocYear, int expectedVersion) {
		CityPlan before = locked(rocYear, expectedVersion);
		if (before.status() != CityPlan.Status.COMPILED) {
			throw new InvalidInput("status", "plan-review.status.not-allowed", before.status().name());
		}
		for (AnnualPlanSummary compiled : before.compiled()) {
			AnnualPlan plan = plans.lockFor(compiled.id(), compiled.version(), true, ReviewedPlans.of(PlanStatus.APPROVED));
			if (!statuses.move(plan.id(), plan.summary().version(), PlanStatus.PUBLISHED)) {
				throw new AnnualPlanConflict("the plan " + plan.id() + " changed meanwhile; reload", plan.id());
			}
			events.publishEvent(DataChanged.updated(ReviewWorkflow.ENTITY, plan.id(),
					new ReviewWorkflow.Step(PlanStatus.APPROVED, plan.summary().version(), null, null),
					new ReviewWorkflow.Step(PlanStatus.PUBLISHED, plan.summary().version() + 1, null, null)));
		}
		cityPlans.publish(rocYear);
		return audited(before, "PUBLISH");
	}

	private CityPlan locked(int rocYear, int expectedVersion) {
		int current = cityPlans.lock(rocYear).map(CityPlans.Header::version).orElse(-1);
		if (current != expectedVersion) {
			throw new AnnualPlanConflict("the city plan of ROC year " + rocYear + " is at version " + current
					+ ", not " + expectedVersion + ": someone changed it meanwhile; reload it", null);
		}
		return cityPlan(rocYear);
	}

	private CityPlan audited(CityPlan before, String action) {
		CityPlan after = cityPlan(before.rocYear());
		events.publishEvent(new DataChanged(ENTITY, String.valueOf(before.rocYear()), action,
				before.status() == CityPlan.Status.NOT_COMPILED ? null : audit(before), audit(after)));
		return after;
	}

	private static Audited audit(CityPlan plan) {
		return new Audited(plan.rocYear(), plan.status(), plan.version(),
				plan.compiled().stream().map(summary -> summary.id().value()).toList());
	}

	private AnnualPlanSummary summary(AnnualPlanId id) {
		return plans.find(id).summary();
	}

	private List<AnnualPlanSummary> inTreeOrder(List<AnnualPlanId> ids) {
		Map<Long, Integer> position = new HashMap<>();
		List<Agency> tree = agencies.all();
		for (int i = 0; i < tree.size(); i++) {
			position.put(tree.get(i).id(), i);
		}
		return ids.stream()
			.map(this::summary)
			.sorted(Comparator.comparing((AnnualPlanSummary s) -> position.getOrDefault(s.agencyId(), Integer.MAX_VALUE)))
			.toList();
	}

}
