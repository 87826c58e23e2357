package tw.yankao.plan.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.yankao.org.AgencyScope;
import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanNotEditable;
import tw.yankao.plan.PlanQuery;
import tw.yankao.plan.StaleVersion;
import tw.yankao.plan.StrategicGoal;
import tw.yankao.plan.editing.EditorForms.GoalForm;
import tw.yankao.plan.editing.PlanEditor;

/**
 * Annual plans as JSON. A plan's version is its ETag; a change names the version it was made
 * against in {@code If-Match} and gets 412 when the plan has moved on (nothing is changed).
 */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "Plans")
class PlanApiController {

	private final PlanManagement plans;
	private final PlanReading reading;
	private final PlanEditor editor;
	private final AgencyScope scope;
	private final MessageSource messages;

	PlanApiController(PlanManagement plans, PlanReading reading, PlanEditor editor, AgencyScope scope,
			MessageSource messages) {
		this.plans = plans;
		this.reading = reading;
		this.editor = editor;
		this.scope = scope;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Annual plans the caller may see, newest year first; filter by ROC year and agency id")
	List<AnnualPlanSummary> plans(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long agency) {
		return plans.plans(new PlanQuery(year, agency, null, scope.accessibleAgencies()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One annual plan with all it holds; the ETag is its version. 403 outside the caller's agency scope")
	ResponseEntity<AnnualPlan> plan(@PathVariable long id) {
		AnnualPlan plan = reading.plan(id);
		return ResponseEntity.ok().eTag(etag(plan)).body(plan);
	}

	@PutMapping("/{id}/goals/{position}")
	@Operation(summary = "Change a strategic goal (position from 0) against the version in If-Match; 200 with the new ETag, "
			+ "412 when the plan changed meanwhile, 409 when it is no longer editable, 400 naming each bad field")
	ResponseEntity<StrategicGoal> goal(@PathVariable long id, @PathVariable int position,
			@Parameter(description = "the plan's version as its ETag, e.g. \"3\"") @RequestHeader(name = "If-Match",
					required = false) String ifMatch,
			@RequestBody GoalForm goal) {
		if (ifMatch == null) {
			throw new PreconditionRequired();
		}
		AnnualPlan saved = editor.goal(new AnnualPlanId(id), version(ifMatch), position, goal);
		return ResponseEntity.ok().eTag(etag(saved)).body(saved.content().goals().get(position));
	}

	@ExceptionHandler(StaleVersion.class)
	ProblemDetail stale(StaleVersion stale, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "plan.conflict.stale", locale);
		problem.setProperty("currentVersion", stale.current());
		return problem;
	}

	@ExceptionHandler(PlanNotEditable.class)
	ProblemDetail notEditable(PlanNotEditable notEditable, Locale locale) {
		return problem(HttpStatus.CONFLICT, "plan-not-editable", "plan.conflict.status." + notEditable.status(),
				locale);
	}

	@ExceptionHandler(PreconditionRequired.class)
	ProblemDetail preconditionRequired(Locale locale) {
		return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "plan.api.if-match", locale);
	}

	/** A change sent without {@code If-Match}: it could overwrite someone's change unseen. */
	static final class PreconditionRequired extends RuntimeException {

		PreconditionRequired() {
			super("If-Match is required");
		}

	}

	private ProblemDetail problem(HttpStatus status, String type, String messageKey, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(messageKey, null, locale));
		problem.setType(URI.create("https://yankao.tw/problems/" + type));
		problem.setTitle(messages.getMessage("plan.conflict.title", null, locale));
		return problem;
	}

	private static String etag(AnnualPlan plan) {
		return "\"" + plan.summary().version() + "\"";
	}

	/** {@code "3"}, {@code W/"3"} or {@code 3}; anything else matches no version. */
	private static int version(String ifMatch) {
		String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
