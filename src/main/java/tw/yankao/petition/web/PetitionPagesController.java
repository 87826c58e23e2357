package tw.yankao.petition.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseLists;
import tw.yankao.petition.CaseNumber;
import tw.yankao.petition.CaseStatus;
import tw.yankao.petition.CaseViews;
import tw.yankao.petition.CaseWorkflow;
import tw.yankao.petition.DeadlineState;
import tw.yankao.petition.PetitionCase;
import tw.yankao.petition.StaleCase;
import tw.yankao.petition.Step;
import tw.yankao.petition.StepInput;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/** The citizen-service pages; the rules live in the module's services, this only shows and posts. */
@Controller
class PetitionPagesController {

	private static final String INTAKE = "petition/intake";
	private static final String CALLERS = "petition/intake :: callers";
	private static final String CASE = "petition/case";
	private static final String INBOX = "petition/inbox";
	private static final String SUPERVISION = "petition/supervision";

	/** The caller's earlier cases shown to the agent. */
	private static final int CALLER_HISTORY = 10;

	private final CaseIntake intake;
	private final CaseWorkflow workflow;
	private final CaseLists lists;
	private final CaseViews views;
	private final AgencyDirectory agencies;
	private final CityProfile profile;
	private final MessageSource messages;
	private final Clock clock;

	PetitionPagesController(CaseIntake intake, CaseWorkflow workflow, CaseLists lists, CaseViews views,
			AgencyDirectory agencies, CityProfile profile, MessageSource messages,
			Clock clock) {
		this.intake = intake;
		this.workflow = workflow;
		this.lists = lists;
		this.views = views;
		this.agencies = agencies;
		this.profile = profile;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute
	void common(Model model, Locale locale) {
		model.addAttribute("categories", profile.petitions().categories());
		model.addAttribute("districts", profile.petitions().districts());
		model.addAttribute("now", clock.instant());
		model.addAttribute("names", new CaseNames(profile.petitions(), agencies, locale));
	}

	@GetMapping("/petitions/intake")
	String intakeForm(Model model) {
		model.addAttribute("form", IntakeForm.empty(UUID.randomUUID().toString()));
		model.addAttribute("errors", Map.of());
		return INTAKE;
	}

	@PostMapping("/petitions/intake")
	String receive(@ModelAttribute("form") IntakeForm form, Model model, Locale locale, HttpServletResponse response) {
		try {
			PetitionCase created = intake.receive(form.toNewCase()).petitionCase();
			return "redirect:/petitions/cases/" + created.number().value();
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", errors(invalid, locale));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return INTAKE;
		}
	}

	@GetMapping("/petitions/intake/callers")
	String callers(@RequestParam(defaultValue = "") String phone, Model model) {
		String digits = phone.replaceAll("[^0-9]", "");
		model.addAttribute("callerCases", digits.length() < 6 ? List.of()
				: intake.ofPhone(phone.strip(), CALLER_HISTORY).stream().map(views::forViewer).toList());
		return CALLERS;
	}

	@GetMapping("/petitions/cases/{number}")
	String show(@PathVariable String number, Model model) {
		PetitionCase c = visible(new CaseNumber(number));
		showCase(c, Map.of(), model);
		return CASE;
	}

	@PostMapping("/petitions/cases/{number}/{step}")
	String take(@PathVariable String number, @PathVariable String step, StepForm form, Model model, Locale locale,
			HttpServletResponse response) {
		Step chosen = Step.ofSlug(step).orElseThrow(() -> new NotFound("workflow step", step));
		CaseNumber caseNumber = new CaseNumber(number);
		try {
			workflow.take(caseNumber, chosen, form.toInput());
			return "redirect:/petitions/cases/" + number;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			showCase(visible(caseNumber), errors(invalid, locale), model);
			return CASE;
		}
		catch (StaleCase stale) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			showCase(visible(caseNumber), Map.of("version", messages.getMessage("petition.error.stale", null, locale)), model);
			return CASE;
		}
	}

	@GetMapping("/petitions/inbox")
	String inbox(@RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "false") boolean dueSoon,
			Model model) {
		model.addAttribute("cases", lists.inbox(status, dueSoon));
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("dueSoon", dueSoon);
		return INBOX;
	}

	@GetMapping("/petitions/supervision")
	String supervision(Model model) {
		model.addAttribute("supervision", lists.supervision());
		return SUPERVISION;
	}

	/** The case, masked as the viewer may see it; agency staff see only their scope's cases. */
	private PetitionCase visible(CaseNumber number) {
		return views.visible(intake.byNumber(number));
	}

	private void showCase(PetitionCase c, Map<String, String> errors, Model model) {
		model.addAttribute("c", c);
		model.addAttribute("state", DeadlineState.of(c, clock.instant()));
		model.addAttribute("history", workflow.history(c));
		model.addAttribute("duplicates", workflow.duplicates(c));
		model.addAttribute("steps", workflow.allowedSteps(c));
		model.addAttribute("stepFields", StepForm.FIELDS);
		model.addAttribute("errors", errors);
	}

	private Map<String, String> errors(InvalidInput invalid, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (InvalidInput.FieldError e : invalid.errors()) {
			errors.merge(String.valueOf(e.field()), messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale),
					(a, b) -> a + " " + b);
		}
		return errors;
	}

}
