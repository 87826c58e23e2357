package tw.yankao.plan.review.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanDiff;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.PlanVersion;
import tw.yankao.plan.PlanWorkflow;
import tw.yankao.plan.ReviewComment;
import tw.yankao.shared.web.NotFound;

/**
 * The review as JSON. Steps name the plan version the caller saw: a stale one is a 409 problem,
 * a step the status does not allow a 400 problem naming {@code status}.
 */
@RestController
@RequestMapping("/api/plans/{id}")
@Tag(name = "Plan review")
class ReviewApiController {

	/** A step of the workflow: the plan's version as the caller saw it, and a reason for a return. */
	record StepRequest(@NotNull Integer version, String reason) {
	}

	/** A comment on a version's row ({@code anchor} from the version's rows, or {@code plan}). */
	record CommentRequest(@NotNull Integer version, @NotNull String anchor, @NotNull String text) {
	}

	/** Where the plan stands after a step. */
	record PlanState(long id, PlanStatus status, int version) {
	}

	private final PlanWorkflow workflow;
	private final PlanManagement plans;

	ReviewApiController(PlanWorkflow workflow, PlanManagement plans) {
		this.workflow = workflow;
		this.plans = plans;
	}

	@PostMapping("/submit")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Submit a draft or returned plan (the agency's liaison); answers the new version")
	PlanVersion submit(@PathVariable long id, @Valid @RequestBody StepRequest request) {
		return workflow.submit(new AnnualPlanId(id), request.version());
	}

	@PostMapping("/return")
	@Operation(summary = "Return a submitted plan to its agency with a reason (RDEC)")
	PlanState returnToAgency(@PathVariable long id, @Valid @RequestBody StepRequest request) {
		workflow.returnToAgency(new AnnualPlanId(id), request.version(), request.reason());
		return state(id);
	}

	@PostMapping("/approve")
	@Operation(summary = "Approve a submitted plan (RDEC)")
	PlanState approve(@PathVariable long id, @Valid @RequestBody StepRequest request) {
		workflow.approve(new AnnualPlanId(id), request.version());
		return state(id);
	}

	@GetMapping("/versions")
	@Operation(summary = "The plan's submitted versions, oldest first")
	List<PlanVersion> versions(@PathVariable long id) {
		return workflow.versions(new AnnualPlanId(id));
	}

	@GetMapping("/versions/{from}/diff/{to}")
	@Operation(summary = "The difference between two versions, row by row (added, removed, changed fields)")
	PlanDiff diff(@PathVariable long id, @PathVariable int from, @PathVariable int to) {
		return workflow.diff(new AnnualPlanId(id), from, to);
	}

	@GetMapping("/comments")
	@Operation(summary = "The RDEC's comments on the plan, oldest first")
	List<ReviewComment> comments(@PathVariable long id) {
		return workflow.comments(new AnnualPlanId(id));
	}

	@PostMapping("/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Comment on a row of the submitted version (RDEC)")
	ReviewComment comment(@PathVariable long id, @Valid @RequestBody CommentRequest request) {
		return workflow.comment(new AnnualPlanId(id), request.version(), request.anchor(), request.text());
	}

	private PlanState state(long id) {
		var summary = plans.find(new AnnualPlanId(id)).orElseThrow(() -> new NotFound("annual plan", id)).summary();
		return new PlanState(id, summary.status(), summary.version());
	}

}
