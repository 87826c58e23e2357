package tw.yankao.plan.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.DataSource;
import tw.yankao.plan.Direction;
import tw.yankao.plan.PlanNotEditable;
import tw.yankao.plan.StaleVersion;
import tw.yankao.plan.editing.EditorAccess;
import tw.yankao.plan.editing.EditorForms.BudgetForm;
import tw.yankao.plan.editing.EditorForms.GoalForm;
import tw.yankao.plan.editing.EditorForms.HeaderForm;
import tw.yankao.plan.editing.EditorForms.IndicatorForm;
import tw.yankao.plan.editing.EditorForms.ObjectiveForm;
import tw.yankao.plan.editing.EditorForms.SectionsForm;
import tw.yankao.plan.editing.EditorForms.WorkPlanForm;
import tw.yankao.plan.editing.PlanEditor;
import tw.yankao.plan.editing.PlanPart;
import tw.yankao.shared.web.InvalidInput;

/**
 * The plan editor: one page of forms, one per part of the plan. Each form posts whole (so the page
 * works without JavaScript; htmx swaps the editor in place) with the version it was loaded with. A
 * save redirects back to the editor; refused input shows the form again as typed with its errors
 * (422); a save against another version changes nothing and answers 409 with a way to reload.
 */
@Controller
@RequestMapping("/plans/{id}/edit")
class PlanEditorController {

	static final String EDITOR = "plan/editor";

	private final PlanReading reading;
	private final PlanEditor editor;
	private final EditorAccess access;
	private final MessageSource messages;

	PlanEditorController(PlanReading reading, PlanEditor editor, EditorAccess access, MessageSource messages) {
		this.reading = reading;
		this.editor = editor;
		this.access = access;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("directions", Direction.values());
		model.addAttribute("dataSources", DataSource.values());
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		PlanView view = reading.view(id);
		access.checkMayEdit(view.plan().summary().agencyId());
		model.addAttribute("page", EditorPage.of(view, (String) model.getAttribute("saved")));
		return EDITOR;
	}

	@PostMapping("/header")
	String header(@PathVariable long id, @RequestParam int version, HeaderForm form, Edit edit) {
		return edit.save("header", () -> editor.header(plan(id), version, form));
	}

	@PostMapping("/sections")
	String sections(@PathVariable long id, @RequestParam int version, SectionsForm form, Edit edit) {
		return edit.save("sections", () -> editor.sections(plan(id), version, form));
	}

	@PostMapping("/objectives")
	String addObjective(@PathVariable long id, @RequestParam int version, ObjectiveForm form, Edit edit) {
		return edit.save("objective-new", () -> editor.objective(plan(id), version, null, form));
	}

	@PostMapping("/objectives/{position}")
	String objective(@PathVariable long id, @PathVariable int position, @RequestParam int version, ObjectiveForm form,
			Edit edit) {
		return edit.save("objective-" + position, () -> editor.objective(plan(id), version, position, form));
	}

	@PostMapping("/goals")
	String addGoal(@PathVariable long id, @RequestParam int version, GoalForm form, Edit edit) {
		return edit.save("goal-new", () -> editor.goal(plan(id), version, null, form));
	}

	@PostMapping("/goals/{position}")
	String goal(@PathVariable long id, @PathVariable int position, @RequestParam int version, GoalForm form,
			Edit edit) {
		return edit.save("goal-" + position, () -> editor.goal(plan(id), version, position, form));
	}

	@PostMapping("/goals/{goal}/indicators")
	String addIndicator(@PathVariable long id, @PathVariable int goal, @RequestParam int version, IndicatorForm form,
			Edit edit) {
		return edit.save("indicator-" + goal + "-new", () -> editor.indicator(plan(id), version, goal, null, form));
	}

	@PostMapping("/goals/{goal}/indicators/{position}")
	String indicator(@PathVariable long id, @PathVariable int goal, @PathVariable int position,
			@RequestParam int version, IndicatorForm form, Edit edit) {
		return edit.save("indicator-" + goal + "-" + position,
				() -> editor.indicator(plan(id), version, goal, position, form));
	}

	@PostMapping("/programmes")
	String addWorkPlan(@PathVariable long id, @RequestParam int version, WorkPlanForm form, Edit edit) {
		return edit.save("programme-new", () -> editor.workPlan(plan(id), version, null, form));
	}

	@PostMapping("/programmes/{position}")
	String workPlan(@PathVariable long id, @PathVariable int position, @RequestParam int version, WorkPlanForm form,
			Edit edit) {
		return edit.save("programme-" + position, () -> editor.workPlan(plan(id), version, position, form));
	}

	@PostMapping("/budget")
	String budget(@PathVariable long id, @RequestParam int version, BudgetForm form, Edit edit) {
		return edit.save("budget", () -> editor.budget(plan(id), version, form));
	}

	@PostMapping("/{part:objectives|goals|programmes}/{position}/remove")
	String remove(@PathVariable long id, @PathVariable String part, @PathVariable int position,
			@RequestParam int version, Edit edit) {
		return edit.save(part, () -> editor.remove(plan(id), version, part(part), position));
	}

	@PostMapping("/{part:objectives|goals|programmes}/{position}/move")
	String move(@PathVariable long id, @PathVariable String part, @PathVariable int position,
			@RequestParam int version, @RequestParam int step, Edit edit) {
		return edit.save(part, () -> editor.move(plan(id), version, part(part), step, position));
	}

	@PostMapping("/goals/{goal}/indicators/{position}/remove")
	String removeIndicator(@PathVariable long id, @PathVariable int goal, @PathVariable int position,
			@RequestParam int version, Edit edit) {
		return edit.save("goal-" + goal, () -> editor.remove(plan(id), version, PlanPart.INDICATOR, goal, position));
	}

	@PostMapping("/goals/{goal}/indicators/{position}/move")
	String moveIndicator(@PathVariable long id, @PathVariable int goal, @PathVariable int position,
			@RequestParam int version, @RequestParam int step, Edit edit) {
		return edit.save("goal-" + goal,
				() -> editor.move(plan(id), version, PlanPart.INDICATOR, step, goal, position));
	}

	@ModelAttribute("edit")
	Edit edit(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect, Locale locale) {
		return new Edit(id, request, response, model, redirect, locale);
	}

	private static AnnualPlanId plan(long id) {
		return new AnnualPlanId(id);
	}

	private static PlanPart part(String segment) {
		for (PlanPart part : PlanPart.values()) {
			if (part.segment().equals(segment)) {
				return part;
			}
		}
		throw new IllegalArgumentException(segment);
	}

	/** One save of one form, and what the user sees after it. */
	final class Edit {

		private final long id;
		private final HttpServletRequest request;
		private final HttpServletResponse response;
		private final Model model;
		private final RedirectAttributes redirect;
		private final Locale locale;

		private Edit(long id, HttpServletRequest request, HttpServletResponse response, Model model,
				RedirectAttributes redirect, Locale locale) {
			this.id = id;
			this.request = request;
			this.response = response;
			this.model = model;
			this.redirect = redirect;
			this.locale = locale;
		}

		String save(String form, Supplier<?> change) {
			try {
				change.get();
				redirect.addFlashAttribute("saved", form);
				return "redirect:/plans/" + id + "/edit";
			}
			catch (InvalidInput invalid) {
				Map<String, String> errors = FieldMessages.of(invalid, messages, locale);
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				model.addAttribute("page",
						new EditorPage(reading.view(id), form, request.getParameterMap(), errors, null));
				return EDITOR;
			}
			catch (StaleVersion stale) {
				return conflict("plan.conflict.stale");
			}
			catch (PlanNotEditable notEditable) {
				return conflict("plan.conflict.status." + notEditable.status());
			}
		}

		private String conflict(String messageKey) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("planId", id);
			model.addAttribute("conflict", messageKey);
			return "plan/conflict";
		}

	}

}
