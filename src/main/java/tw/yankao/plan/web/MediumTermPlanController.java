package tw.yankao.plan.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyScope;
import tw.yankao.plan.MediumTermPlan;
import tw.yankao.plan.MediumTermPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanQuery;
import tw.yankao.plan.StaleVersion;
import tw.yankao.plan.editing.EditorAccess;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/** Medium-term plans (中程施政計畫): list, view with the annual plans they cover, create and edit. */
@Controller
@RequestMapping("/medium-term-plans")
class MediumTermPlanController {

	/** The form as posted, every field as text so that refused input is shown as typed. */
	record MediumTermForm(String agencyId, String fromYear, String vision, String mission, String strategicGoals) {

		static MediumTermForm of(MediumTermPlan plan) {
			return new MediumTermForm(String.valueOf(plan.agencyId()), String.valueOf(plan.fromYear()), plan.vision(),
					plan.mission(), plan.strategicGoals());
		}

	}

	private static final String FORM = "plan/medium-term-form";

	private final PlanManagement plans;
	private final PlanReading reading;
	private final AgencyScope scope;
	private final EditorAccess access;
	private final MessageSource messages;

	MediumTermPlanController(PlanManagement plans, PlanReading reading, AgencyScope scope, EditorAccess access,
			MessageSource messages) {
		this.plans = plans;
		this.reading = reading;
		this.scope = scope;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("plans", plans.mediumTermPlans(scope.accessibleAgencies()));
		model.addAttribute("agencyNames", agencyNames());
		model.addAttribute("mayCreate", reading.visibleAgencies().stream().anyMatch(a -> access.mayEdit(a.id())));
		return "plan/medium-term-plans";
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, Model model) {
		MediumTermPlan plan = find(id);
		model.addAttribute("plan", plan);
		model.addAttribute("agency", reading.agency(plan.agencyId()));
		model.addAttribute("annualPlans", plans.plans(new PlanQuery(null, plan.agencyId(), null, java.util.Optional.empty()))
			.stream()
			.filter(annual -> plan.covers(annual.rocYear()))
			.toList());
		model.addAttribute("mayEdit", access.mayEdit(plan.agencyId()));
		return "plan/medium-term-plan";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, new MediumTermForm("", "", "", "", ""), null, 0, Map.of());
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		MediumTermPlan plan = find(id);
		access.checkMayEdit(plan.agencyId());
		return form(model, MediumTermForm.of(plan), id, plan.version(), Map.of());
	}

	@PostMapping
	String create(MediumTermForm form, Model model, HttpServletResponse response, java.util.Locale locale) {
		return save(null, 0, form, model, response, locale);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam int version, MediumTermForm form, Model model,
			HttpServletResponse response, java.util.Locale locale) {
		access.checkMayEdit(find(id).agencyId());
		return save(id, version, form, model, response, locale);
	}

	private String save(Long id, int version, MediumTermForm form, Model model, HttpServletResponse response,
			java.util.Locale locale) {
		try {
			MediumTermPlan.Draft draft = draft(form);
			access.checkMayEdit(draft.agencyId());
			MediumTermPlan saved = plans.saveMediumTermPlan(id == null ? null : new MediumTermPlanId(id), version,
					draft);
			return "redirect:/medium-term-plans/" + saved.id();
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, id, version, FieldMessages.of(invalid, messages, locale));
		}
		catch (StaleVersion stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", "plan.conflict.stale");
			model.addAttribute("reload", "/medium-term-plans/" + id + "/edit");
			return "plan/conflict";
		}
	}

	private String form(Model model, MediumTermForm form, Long id, int version, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("planId", id);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("agencies", reading.visibleAgencies().stream().filter(a -> access.mayEdit(a.id())).toList());
		return FORM;
	}

	private static MediumTermPlan.Draft draft(MediumTermForm form) {
		long agencyId;
		int fromYear;
		try {
			agencyId = Long.parseLong(form.agencyId() == null ? "" : form.agencyId().strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("agencyId", "plan.error.agency");
		}
		try {
			fromYear = Integer.parseInt(form.fromYear() == null ? "" : form.fromYear().strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("fromYear", "plan.error.year");
		}
		return new MediumTermPlan.Draft(agencyId, fromYear, blankToNull(form.vision()), blankToNull(form.mission()),
				blankToNull(form.strategicGoals()));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private MediumTermPlan find(long id) {
		MediumTermPlan plan = plans.findMediumTermPlan(new MediumTermPlanId(id))
			.orElseThrow(() -> new NotFound("medium_term_plan", id));
		scope.checkAccess(plan.agencyId());
		return plan;
	}

	private Map<Long, Agency> agencyNames() {
		return reading.visibleAgencies().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
	}

}
