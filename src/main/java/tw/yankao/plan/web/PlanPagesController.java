package tw.yankao.plan.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyScope;
import tw.yankao.plan.AnnualPlanConflict;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanQuery;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.editing.EditorAccess;
import tw.yankao.shared.web.InvalidInput;

/** The plans a user may see, one plan read-only, and the start of a new empty draft. */
@Controller
class PlanPagesController {

	private final PlanManagement plans;
	private final PlanReading reading;
	private final AgencyScope scope;
	private final EditorAccess access;

	PlanPagesController(PlanManagement plans, PlanReading reading, AgencyScope scope, EditorAccess access) {
		this.plans = plans;
		this.reading = reading;
		this.scope = scope;
		this.access = access;
	}

	@GetMapping("/plans")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) PlanStatus status, Model model) {
		var agencies = reading.visibleAgencies();
		model.addAttribute("plans", plans.plans(new PlanQuery(year, agency, status, scope.accessibleAgencies())));
		model.addAttribute("agencies", agencies);
		model.addAttribute("agencyNames", agencies.stream().collect(Collectors.toMap(Agency::id, Function.identity())));
		model.addAttribute("editableAgencies", agencies.stream().filter(a -> access.mayEdit(a.id())).toList());
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("filter", Map.of("year", year == null ? "" : year, "agency", agency == null ? "" : agency,
				"status", status == null ? "" : status));
		return "plan/plans";
	}

	@GetMapping("/plans/{id}")
	String view(@PathVariable long id, Model model) {
		PlanView view = reading.view(id);
		model.addAttribute("view", view);
		model.addAttribute("mayEdit", access.mayEditNow(view.plan().summary()));
		return "plan/plan";
	}

	/** Starts an empty draft for an agency the user edits; a plan already there is shown instead. */
	@PostMapping("/plans")
	String start(@RequestParam long agency, @RequestParam String year, RedirectAttributes redirect) {
		access.checkMayEdit(agency);
		int rocYear = rocYear(year);
		try {
			AnnualPlanId id = plans.startDraft(agency, rocYear);
			return "redirect:/plans/" + id + "/edit";
		}
		catch (AnnualPlanConflict conflict) {
			redirect.addFlashAttribute("exists", rocYear);
			return conflict.existing() == null ? "redirect:/plans" : "redirect:/plans/" + conflict.existing();
		}
	}

	private static int rocYear(String year) {
		try {
			int value = Integer.parseInt(year.strip());
			if (value >= 1 && value <= 999) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below like an out-of-range year
		}
		throw new InvalidInput("year", "plan.error.year");
	}

}
