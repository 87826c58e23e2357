package tw.yankao.plan.web;

import java.util.List;

import org.springframework.stereotype.Component;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.shared.web.NotFound;

/** Reads a plan for a page or the API, after checking the agency scope; shared by the controllers. */
@Component
class PlanReading {

	private final PlanManagement plans;
	private final AgencyDirectory agencies;
	private final AgencyScope scope;

	PlanReading(PlanManagement plans, AgencyDirectory agencies, AgencyScope scope) {
		this.plans = plans;
		this.agencies = agencies;
		this.scope = scope;
	}

	/** @throws NotFound when there is no such plan; AccessDeniedException when it is outside the scope */
	AnnualPlan plan(long id) {
		AnnualPlan plan = plans.find(new AnnualPlanId(id)).orElseThrow(() -> new NotFound("annual_plan", id));
		scope.checkAccess(plan.summary().agencyId());
		return plan;
	}

	PlanView view(long id) {
		AnnualPlan plan = plan(id);
		long agencyId = plan.summary().agencyId();
		return PlanView.of(plan, agency(agencyId),
				plans.mediumTermPlanOf(agencyId, plan.summary().rocYear()).orElse(null));
	}

	Agency agency(long agencyId) {
		return agencies.findById(agencyId).orElseThrow(() -> new NotFound("agency", agencyId));
	}

	/** The agencies the user may see, for filters and pickers. */
	List<Agency> visibleAgencies() {
		return agencies.all().stream().filter(agency -> scope.canAccess(agency.id())).toList();
	}

}
