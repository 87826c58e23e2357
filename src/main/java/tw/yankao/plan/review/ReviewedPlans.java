package tw.yankao.plan.review;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanConflict;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanStatus;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/**
 * The checks every step of the review makes, in the order a caller should learn of them: the plan
 * exists, the actor may act on it, nobody changed it since they looked, and its status allows the
 * step.
 */
@Component
class ReviewedPlans {

	private final PlanManagement plans;
	private final PlanStatuses statuses;
	private final CurrentUsers users;
	private final AgencyScope scope;

	ReviewedPlans(PlanManagement plans, PlanStatuses statuses, CurrentUsers users, AgencyScope scope) {
		this.plans = plans;
		this.statuses = statuses;
		this.users = users;
		this.scope = scope;
	}

	/** The signed-in user as an actor; an anonymous caller may do nothing. */
	Actor current() {
		CurrentUser user = users.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
		return new Actor(user.username(), user.roles(), scope::canAccess);
	}

	AnnualPlan find(AnnualPlanId id) {
		return plans.find(id).orElseThrow(() -> new NotFound("annual plan", id));
	}

	/** The plan, locked, after the checks; ready to be moved on. */
	AnnualPlan lockFor(AnnualPlanId id, int expectedVersion, boolean allowed, Set<PlanStatus> from) {
		if (!statuses.lock(id)) {
			throw new NotFound("annual plan", id);
		}
		AnnualPlan plan = find(id);
		check(allowed);
		if (plan.summary().version() != expectedVersion) {
			throw new AnnualPlanConflict("the plan " + id + " is at version " + plan.summary().version()
					+ ", not " + expectedVersion + ": someone changed it meanwhile; reload it", id);
		}
		requireStatus(plan, from);
		return plan;
	}

	static void check(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("not allowed for this plan");
		}
	}

	static void requireStatus(AnnualPlan plan, Set<PlanStatus> allowed) {
		if (!allowed.contains(plan.summary().status())) {
			throw new InvalidInput("status", "plan-review.status.not-allowed", plan.summary().status().name());
		}
	}

	static Set<PlanStatus> of(PlanStatus first, PlanStatus... more) {
		return EnumSet.of(first, more);
	}

}
