package tw.yankao.petition.web;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseNumber;
import tw.yankao.petition.CaseViews;
import tw.yankao.petition.CaseWorkflow;
import tw.yankao.petition.StaleCase;
import tw.yankao.petition.Step;
import tw.yankao.shared.web.NotFound;

/** The cases as JSON: intake with an idempotency key, a case (masked unless the viewer handles it), workflow steps. */
@RestController
@RequestMapping("/api/petitions/cases")
@Tag(name = "Petitions", description = "Citizen-service cases: intake, a case, workflow steps")
class PetitionApiController {

	private final CaseIntake intake;
	private final CaseWorkflow workflow;
	private final CaseViews views;
	private final MessageSource messages;
	private final Clock clock;

	PetitionApiController(CaseIntake intake, CaseWorkflow workflow, CaseViews views, MessageSource messages, Clock clock) {
		this.intake = intake;
		this.workflow = workflow;
		this.views = views;
		this.messages = messages;
		this.clock = clock;
	}

	@Operation(summary = "Receive a case; a retry with the same Idempotency-Key returns the case already created (200, not 201)")
	@PostMapping
	ResponseEntity<CaseJson> receive(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody CaseRequest request) {
		CaseIntake.Intake done = intake.receive(request.toNewCase(key));
		CaseJson body = CaseJson.of(views.forViewer(done.petitionCase()), clock.instant());
		return done.created()
				? ResponseEntity.created(URI.create("/api/petitions/cases/" + body.number())).body(body)
				: ResponseEntity.ok(body);
	}

	@Operation(summary = "A case, with the petitioner masked unless the viewer handles it")
	@GetMapping("/{number}")
	CaseJson one(@PathVariable String number) {
		return CaseJson.of(views.visible(intake.byNumber(new CaseNumber(number))), clock.instant());
	}

	@Operation(summary = "Take a workflow step (accept, return, assign, transfer, draft-reply, approve-reply, …); send the case's version")
	@PostMapping("/{number}/{step}")
	CaseJson take(@PathVariable String number, @PathVariable String step, @RequestBody StepForm form) {
		Step chosen = Step.ofSlug(step).orElseThrow(() -> new NotFound("workflow step", step));
		return CaseJson.of(views.forViewer(workflow.take(new CaseNumber(number), chosen, form.toInput())), clock.instant());
	}

	@ExceptionHandler(StaleCase.class)
	ProblemDetail stale(StaleCase stale, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("petition.error.stale", null, locale));
		problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
		problem.setProperty("field", "version");
		return problem;
	}

}
