package tw.yankao.plan.review;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.PlanDiff;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.PlanWorkflow;
import tw.yankao.plan.ReviewComment;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.yankao.shared.security.Role.RDEC_STAFF;

/** The demo's plan to review, loaded when the test application started. */
@YankaoWebTest
class ReviewDemoDataTest {

	@Autowired
	ReviewDemoData demo;

	@Autowired
	PlanWorkflow workflow;

	@Autowired
	PlanManagement plans;

	@Autowired
	AgencyDirectory agencies;

	@AfterEach
	void signOut() {
		ReviewFixtures.signOut();
	}

	@Test
	void theTransportationBureausPlanAwaitsReviewInItsSecondVersionAfterAReturnWithAComment() {
		assertThat(demo.order()).isEqualTo(22);
		assertThat(demo.isLoaded()).isTrue();
		AnnualPlanSummary plan = plans.plansOf(agencies.findByCode("TCG-TRA").orElseThrow().id())
			.stream()
			.filter(summary -> summary.rocYear() == 116)
			.findFirst()
			.orElseThrow();
		assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(plan.title()).isEqualTo("臺中市政府交通局116年度施政計畫");

		new ReviewFixtures(plans, agencies, null).signIn(RDEC_STAFF, "TCG-RDEC");
		assertThat(workflow.reviewQueue()).anySatisfy(entry -> assertThat(entry.plan().id()).isEqualTo(plan.id()));
		assertThat(workflow.versions(plan.id())).hasSize(2);
		assertThat(workflow.comments(plan.id())).extracting(ReviewComment::kind)
			.containsExactly(ReviewComment.Kind.COMMENT, ReviewComment.Kind.RETURN);
		assertThat(workflow.comments(plan.id()).get(0).anchor()).endsWith("/indicator:每年志工人數成長比例");
		assertThat(workflow.diff(plan.id(), 1, 2).rows()).filteredOn(row -> row.change() == PlanDiff.Change.CHANGED)
			.singleElement()
			.satisfies(row -> assertThat(row.fields()).contains(new PlanDiff.Field("target", "8%", "10%", true)));
	}

}
