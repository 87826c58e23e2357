package tw.yankao.plan.review;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlanConflict;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.CityPlan;
import tw.yankao.plan.PlanDiff;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanRow;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.PlanVersion;
import tw.yankao.plan.PlanWorkflow;
import tw.yankao.plan.ReviewComment;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Every step of the review, allowed and refused, on 建設局's (TCG-CON) plans of ROC years 301–309,
 * which no other test uses.
 */
@YankaoWebTest
class ReviewWorkflowTest {

	private static final String OWN = "TCG-CON";
	private static final String OTHER = "TCG-TRA";
	private static final String RDEC = "TCG-RDEC";

	@Autowired
	PlanWorkflow workflow;

	@Autowired
	PlanManagement plans;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	ReviewFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReviewFixtures(plans, agencies, jdbc);
	}

	/** Approved and published plans would otherwise count among the demo's in other tests. */
	@AfterEach
	void signOutAndRemoveThePlans() {
		ReviewFixtures.signOut();
		for (int year = 301; year <= 309; year++) {
			fixtures.remove(OWN, year);
		}
	}

	@Test
	void theLiaisonSubmitsADraftAsVersionOneAudited() {
		AnnualPlanId id = fixtures.draft(OWN, 301);
		fixtures.signIn(AGENCY_LIAISON, OWN);

		PlanVersion version = workflow.submit(id, 0);

		assertThat(version.number()).isEqualTo(1);
		assertThat(version.submittedBy()).isEqualTo("test-agency_liaison");
		assertThat(status(id)).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(fixtures.version(id)).isEqualTo(1);
		assertThat(workflow.versions(id)).containsExactly(version);
		assertThat(audited(id, "SUBMIT")).singleElement()
			.satisfies(json -> assertThat(json).contains("\"status\":\"SUBMITTED\"", "\"submission\":1"));
	}

	@Test
	void submittingIsRefusedToOthersToStaleVersionsAndToSubmittedPlans() {
		AnnualPlanId id = fixtures.draft(OWN, 302);

		fixtures.signIn(RDEC_STAFF, RDEC);
		assertThatThrownBy(() -> workflow.submit(id, 0)).isInstanceOf(AccessDeniedException.class);
		fixtures.signIn(AGENCY_LIAISON, OTHER);
		assertThatThrownBy(() -> workflow.submit(id, 0)).isInstanceOf(AccessDeniedException.class);
		fixtures.signIn(AGENCY_HEAD, OWN);
		assertThatThrownBy(() -> workflow.submit(id, 0)).isInstanceOf(AccessDeniedException.class);
		fixtures.signIn(AGENCY_LIAISON, OWN);
		assertThatThrownBy(() -> workflow.submit(id, 7)).isInstanceOf(AnnualPlanConflict.class)
			.hasMessageContaining("version 0, not 7");
		assertThat(status(id)).isEqualTo(PlanStatus.DRAFT);
		assertThat(workflow.versions(id)).isEmpty();

		workflow.submit(id, 0);
		assertThatThrownBy(() -> workflow.submit(id, 1)).isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(field(ex)).isEqualTo("status"));
		assertThat(workflow.versions(id)).hasSize(1);
	}

	@Test
	void theRdecReturnsWithAReasonAndTheRevisedPlanIsSubmittedAsVersionTwo() {
		AnnualPlanId id = submitted(303);
		fixtures.signIn(RDEC_STAFF, RDEC);
		assertThatThrownBy(() -> workflow.returnToAgency(id, 1, "  ")).isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(field(ex)).isEqualTo("reason"));

		workflow.returnToAgency(id, 1, "請調整目標值");

		assertThat(status(id)).isEqualTo(PlanStatus.RETURNED);
		assertThat(workflow.comments(id)).singleElement().satisfies(comment -> {
			assertThat(comment.kind()).isEqualTo(ReviewComment.Kind.RETURN);
			assertThat(comment.anchor()).isEqualTo(PlanRow.WHOLE_PLAN);
			assertThat(comment.text()).isEqualTo("請調整目標值");
			assertThat(comment.versionNumber()).isEqualTo(1);
		});
		assertThat(audited(id, "RETURN")).singleElement().satisfies(json -> assertThat(json).contains("請調整目標值"));

		fixtures.revise(OWN, 303);
		assertThat(status(id)).isEqualTo(PlanStatus.DRAFT);
		fixtures.signIn(AGENCY_LIAISON, OWN);
		assertThat(workflow.submit(id, fixtures.version(id)).number()).isEqualTo(2);

		PlanDiff diff = workflow.diff(id, 1, 2);
		assertThat(diff.rows()).filteredOn(row -> row.change() != PlanDiff.Change.UNCHANGED)
			.singleElement()
			.satisfies(row -> {
				assertThat(row.label()).isEqualTo(ReviewFixtures.INDICATOR);
				assertThat(row.fields()).filteredOn(PlanDiff.Field::changed)
					.containsExactly(new PlanDiff.Field("target", "8%", "10%", true));
			});
	}

	@Test
	void returningIsRefusedToLiaisonsStaleVersionsAndPlansNotSubmitted() {
		AnnualPlanId draft = fixtures.draft(OWN, 304);
		fixtures.signIn(RDEC_STAFF, RDEC);
		assertThatThrownBy(() -> workflow.returnToAgency(draft, 0, "x")).isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(field(ex)).isEqualTo("status"));

		AnnualPlanId id = submitted(305);
		fixtures.signIn(AGENCY_LIAISON, OWN);
		assertThatThrownBy(() -> workflow.returnToAgency(id, 1, "x")).isInstanceOf(AccessDeniedException.class);
		fixtures.signIn(RDEC_STAFF, RDEC);
		assertThatThrownBy(() -> workflow.returnToAgency(id, 0, "x")).isInstanceOf(AnnualPlanConflict.class);
		assertThat(status(id)).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(workflow.comments(id)).isEmpty();
	}

	@Test
	void theRdecApprovesASubmittedPlanOnlyAtItsCurrentVersion() {
		AnnualPlanId id = submitted(306);
		fixtures.signIn(AGENCY_LIAISON, OWN);
		assertThatThrownBy(() -> workflow.approve(id, 1)).isInstanceOf(AccessDeniedException.class);
		fixtures.signIn(SYSTEM_ADMIN, RDEC);
		assertThatThrownBy(() -> workflow.approve(id, 0)).isInstanceOf(AnnualPlanConflict.class);

		workflow.approve(id, 1);

		assertThat(status(id)).isEqualTo(PlanStatus.APPROVED);
		assertThat(audited(id, "APPROVE")).hasSize(1);
		assertThatThrownBy(() -> workflow.approve(id, 2)).isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(field(ex)).isEqualTo("status"));
		fixtures.signIn(AGENCY_LIAISON, OWN);
		assertThatThrownBy(() -> workflow.submit(id, 2)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void theRdecCommentsOnARowOfTheLatestVersionOnly() {
		AnnualPlanId id = submitted(307);
		fixtures.signIn(RDEC_STAFF, RDEC);
		String anchor = indicatorAnchor(id, 1);

		ReviewComment comment = workflow.comment(id, 1, anchor, "請說明目標值的依據");

		assertThat(workflow.comments(id)).containsExactly(comment);
		assertThat(comment.author()).isEqualTo("test-rdec_staff");
		assertThat(field(() -> workflow.comment(id, 1, "goal:九/indicator:無此指標", "x"))).isEqualTo("anchor");
		assertThat(field(() -> workflow.comment(id, 2, anchor, "x"))).isEqualTo("version");
		assertThat(field(() -> workflow.comment(id, 1, anchor, ""))).isEqualTo("text");
		fixtures.signIn(AGENCY_LIAISON, OWN);
		assertThatThrownBy(() -> workflow.comment(id, 1, anchor, "x")).isInstanceOf(AccessDeniedException.class);
		assertThat(workflow.comments(id)).as("the liaison reads the comments").containsExactly(comment);
		fixtures.signIn(RDEC_STAFF, RDEC);
		workflow.approve(id, 1);
		assertThat(field(() -> workflow.comment(id, 1, anchor, "x"))).isEqualTo("status");
	}

	@Test
	void theAgencyLiaisonAndHeadReadTheReviewOtherAgenciesAndOtherRolesDoNot() {
		AnnualPlanId id = submitted(308);
		for (var role : List.of(AGENCY_LIAISON, AGENCY_HEAD)) {
			fixtures.signIn(role, OWN);
			assertThat(workflow.versions(id)).hasSize(1);
		}
		fixtures.signIn(CASE_HANDLER, OWN);
		assertThatThrownBy(() -> workflow.versions(id)).isInstanceOf(AccessDeniedException.class);
		fixtures.signIn(AGENCY_LIAISON, OTHER);
		assertThatThrownBy(() -> workflow.comments(id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> workflow.diff(id, 1, 1)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> workflow.reviewQueue()).isInstanceOf(AccessDeniedException.class);
		fixtures.signIn(RDEC_STAFF, RDEC);
		assertThat(workflow.reviewQueue()).anySatisfy(entry -> assertThat(entry.plan().id()).isEqualTo(id));
	}

	@Test
	void theRdecCompilesTheApprovedPlansOfAYearAndPublishesThem() {
		AnnualPlanId id = submitted(309);
		fixtures.signIn(RDEC_STAFF, RDEC);
		assertThat(field(() -> workflow.compile(309, -1))).as("nothing approved yet").isEqualTo("rocYear");
		workflow.approve(id, 1);
		fixtures.signIn(AGENCY_LIAISON, OWN);
		assertThatThrownBy(() -> workflow.compile(309, -1)).isInstanceOf(AccessDeniedException.class);
		fixtures.signIn(RDEC_STAFF, RDEC);
		assertThat(field(() -> workflow.publish(309, -1))).as("not compiled").isEqualTo("status");

		CityPlan compiled = workflow.compile(309, -1);

		assertThat(compiled.status()).isEqualTo(CityPlan.Status.COMPILED);
		assertThat(compiled.compiled()).extracting(summary -> summary.id()).containsExactly(id);
		assertThatThrownBy(() -> workflow.publish(309, compiled.version() + 1)).isInstanceOf(AnnualPlanConflict.class);

		CityPlan published = workflow.publish(309, compiled.version());

		assertThat(published.status()).isEqualTo(CityPlan.Status.PUBLISHED);
		assertThat(published.publishedAt()).isNotNull();
		assertThat(status(id)).isEqualTo(PlanStatus.PUBLISHED);
		assertThat(published.approved()).isEmpty();
		assertThat(field(() -> workflow.compile(309, published.version()))).isEqualTo("status");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'city_plan' and entity_id = '309'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private AnnualPlanId submitted(int rocYear) {
		AnnualPlanId id = fixtures.draft(OWN, rocYear);
		fixtures.signIn(AGENCY_LIAISON, OWN);
		workflow.submit(id, 0);
		return id;
	}

	private String indicatorAnchor(AnnualPlanId id, int version) {
		return workflow.rowsOf(id, version)
			.orElseThrow()
			.stream()
			.filter(row -> row.label().equals(ReviewFixtures.INDICATOR))
			.findFirst()
			.orElseThrow()
			.anchor();
	}

	private PlanStatus status(AnnualPlanId id) {
		return plans.find(id).orElseThrow().summary().status();
	}

	private List<String> audited(AnnualPlanId id, String action) {
		return jdbc.sql("select after_json from audit_entry where entity = 'annual_plan' and entity_id = :id and action = :action")
			.param("id", id.toString())
			.param("action", action)
			.query(String.class)
			.list();
	}

	private static String field(Throwable ex) {
		return ((InvalidInput) ex).errors().get(0).field();
	}

	private static String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		try {
			call.call();
		}
		catch (InvalidInput ex) {
			return field((Throwable) ex);
		}
		catch (Throwable ex) {
			throw new AssertionError("expected InvalidInput, got " + ex, ex);
		}
		throw new AssertionError("expected InvalidInput, nothing was thrown");
	}

}
