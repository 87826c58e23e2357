package tw.yankao.plan.review;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanConflict;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.CityPlan;
import tw.yankao.plan.PlanDiff;
import tw.yankao.plan.PlanRow;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.PlanVersion;
import tw.yankao.plan.PlanWorkflow;
import tw.yankao.plan.ReviewComment;
import tw.yankao.plan.SubmittedPlan;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

import static tw.yankao.plan.PlanStatus.APPROVED;
import static tw.yankao.plan.PlanStatus.DRAFT;
import static tw.yankao.plan.PlanStatus.RETURNED;
import static tw.yankao.plan.PlanStatus.SUBMITTED;
import static tw.yankao.plan.review.ReviewedPlans.of;

/**
 * The review of one plan: submit, comment, return, approve, and what the review reads. Each
 * public method acts as the signed-in user; the overloads with an {@link Actor} serve the demo.
 */
@Service
class ReviewWorkflow implements PlanWorkflow {

	static final String ENTITY = "annual_plan";
	static final int MAX_TEXT = 4000;

	/** What the audit log records of a step. */
	record Step(PlanStatus status, int version, Integer submission, String reason) {
	}

	private final ReviewedPlans plans;
	private final PlanStatuses statuses;
	private final PlanVersions versions;
	private final ReviewComments comments;
	private final Compilation compilation;
	private final ApplicationEventPublisher events;

	ReviewWorkflow(ReviewedPlans plans, PlanStatuses statuses, PlanVersions versions, ReviewComments comments,
			Compilation compilation, ApplicationEventPublisher events) {
		this.plans = plans;
		this.statuses = statuses;
		this.versions = versions;
		this.comments = comments;
		this.compilation = compilation;
		this.events = events;
	}

	@Override
	@Transactional
	public PlanVersion submit(AnnualPlanId id, int expectedVersion) {
		return submit(id, expectedVersion, plans.current());
	}

	@Transactional
	public PlanVersion submit(AnnualPlanId id, int expectedVersion, Actor actor) {
		AnnualPlan plan = plans.find(id);
		AnnualPlan locked = plans.lockFor(id, expectedVersion, actor.submitsFor(plan.summary().agencyId()),
				of(DRAFT, RETURNED));
		PlanVersion version = versions.add(id, locked.content(), actor.name());
		move(locked, SUBMITTED, "SUBMIT", version.number(), null);
		return version;
	}

	@Override
	@Transactional
	public void returnToAgency(AnnualPlanId id, int expectedVersion, String reason) {
		returnToAgency(id, expectedVersion, reason, plans.current());
	}

	@Transactional
	public void returnToAgency(AnnualPlanId id, int expectedVersion, String reason, Actor actor) {
		AnnualPlan plan = plans.lockFor(id, expectedVersion, actor.reviews(), of(SUBMITTED));
		String text = requireText("reason", reason);
		int submission = latest(id).number();
		comments.add(id, submission, PlanRow.WHOLE_PLAN, ReviewComment.Kind.RETURN, text, actor.name());
		move(plan, RETURNED, "RETURN", submission, text);
	}

	@Override
	@Transactional
	public void approve(AnnualPlanId id, int expectedVersion) {
		AnnualPlan plan = plans.lockFor(id, expectedVersion, plans.current().reviews(), of(SUBMITTED));
		move(plan, APPROVED, "APPROVE", latest(id).number(), null);
	}

	@Override
	@Transactional
	public ReviewComment comment(AnnualPlanId id, int versionNumber, String anchor, String text) {
		return comment(id, versionNumber, anchor, text, plans.current());
	}

	@Transactional
	public ReviewComment comment(AnnualPlanId id, int versionNumber, String anchor, String text, Actor actor) {
		AnnualPlan plan = plans.find(id);
		ReviewedPlans.check(actor.reviews());
		ReviewedPlans.requireStatus(plan, of(SUBMITTED));
		if (latest(id).number() != versionNumber) {
			throw new InvalidInput("version", "plan-review.comment.not-latest", versionNumber);
		}
		boolean known = PlanRow.WHOLE_PLAN.equals(anchor) || rowsOf(id, versionNumber, actor).orElseThrow()
			.stream()
			.anyMatch(row -> row.anchor().equals(anchor));
		if (!known) {
			throw new InvalidInput("anchor", "plan-review.comment.unknown-anchor", anchor);
		}
		ReviewComment comment = comments.add(id, versionNumber, anchor, ReviewComment.Kind.COMMENT,
				requireText("text", text), actor.name());
		events.publishEvent(DataChanged.created("plan_review_comment", comment.id(), comment));
		return comment;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PlanVersion> versions(AnnualPlanId id) {
		readable(id);
		return versions.of(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<List<PlanRow>> rowsOf(AnnualPlanId id, int versionNumber) {
		return rowsOf(id, versionNumber, plans.current());
	}

	@Transactional(readOnly = true)
	public Optional<List<PlanRow>> rowsOf(AnnualPlanId id, int versionNumber, Actor actor) {
		ReviewedPlans.check(actor.reads(plans.find(id).summary().agencyId()));
		return versions.content(id, versionNumber).map(PlanRows::of);
	}

	@Override
	@Transactional(readOnly = true)
	public PlanDiff diff(AnnualPlanId id, int from, int to) {
		readable(id);
		return PlanDiffs.of(id, from, rows(id, from), to, rows(id, to));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReviewComment> comments(AnnualPlanId id) {
		readable(id);
		return comments.of(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubmittedPlan> reviewQueue() {
		ReviewedPlans.check(plans.current().reviews());
		return statuses.inStatus(of(SUBMITTED), null)
			.stream()
			.map(id -> new SubmittedPlan(plans.find(id).summary(), latest(id)))
			.sorted(Comparator.comparing(submitted -> submitted.version().submittedAt()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public CityPlan cityPlan(int rocYear) {
		ReviewedPlans.check(plans.current().reviews());
		return compilation.cityPlan(rocYear);
	}

	@Override
	@Transactional
	public CityPlan compile(int rocYear, int expectedVersion) {
		ReviewedPlans.check(plans.current().reviews());
		return compilation.compile(rocYear, expectedVersion, plans.current().name());
	}

	@Override
	@Transactional
	public CityPlan publish(int rocYear, int expectedVersion) {
		ReviewedPlans.check(plans.current().reviews());
		return compilation.publish(rocYear, expectedVersion);
	}

	private void readable(AnnualPlanId id) {
		ReviewedPlans.check(plans.current().reads(plans.find(id).summary().agencyId()));
	}

	private List<PlanRow> rows(AnnualPlanId id, int number) {
		return versions.content(id, number)
			.map(PlanRows::of)
			.orElseThrow(() -> new NotFound("plan version", id + "/" + number));
	}

	private PlanVersion latest(AnnualPlanId id) {
		return versions.latest(id).orElseThrow(() -> new IllegalStateException("plan " + id + " has no version"));
	}

	private void move(AnnualPlan plan, PlanStatus to, String action, Integer submission, String reason) {
		int version = plan.summary().version();
		if (!statuses.move(plan.id(), version, to)) {
			// the row is locked, so only a caller that skipped the lock gets here
			throw new AnnualPlanConflict("the plan " + plan.id() + " changed meanwhile; reload it", plan.id());
		}
		events.publishEvent(new DataChanged(ENTITY, plan.id().toString(), action,
				new Step(plan.summary().status(), version, null, null), new Step(to, version + 1, submission, reason)));
	}

	private static String requireText(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, "plan-review.text.required");
		}
		if (text.strip().length() > MAX_TEXT) {
			throw new InvalidInput(field, "plan-review.text.too-long", MAX_TEXT);
		}
		return text.strip();
	}

}
