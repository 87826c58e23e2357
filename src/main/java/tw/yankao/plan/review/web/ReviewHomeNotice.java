package tw.yankao.plan.review.web;

import java.util.List;

import org.springframework.stereotype.Component;

import tw.yankao.plan.PlanWorkflow;
import tw.yankao.shared.web.HomeNotice;

/** Tells reviewers in their home inbox how many submitted plans wait for review. */
@Component
class ReviewHomeNotice implements HomeNotice.Source {

	private final PlanWorkflow workflow;

	ReviewHomeNotice(PlanWorkflow workflow) {
		this.workflow = workflow;
	}

	@Override
	public List<HomeNotice> noticesFor(HomeNotice.Viewer viewer) {
		if (!viewer.hasAny(ReviewAccessRules.REVIEWERS)) {
			return List.of();
		}
		return HomeNotice.counting(workflow.reviewQueue().size(), "plan-review.inbox.waiting", "/plans/review");
	}

}
