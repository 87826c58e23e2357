package tw.yankao.plan.review.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanRow;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.PlanVersion;
import tw.yankao.plan.PlanWorkflow;
import tw.yankao.plan.ReviewComment;
import tw.yankao.shared.web.NotFound;
import tw.yankao.shared.web.Htmx;

/**
 * The review page of one plan. The RDEC reads the submitted version, comments on its rows
 * (htmx swaps in the row's comments), compares versions side by side and returns or approves;
 * the agency's liaison reads the same page with the comments and submits the plan.
 */
@Controller
@RequestMapping("/plans/{id}/review")
class ReviewPageController {

	private static final String PAGE = "plan/review/review";
	private static final String COMMENTS = "plan/review/review :: comments";

	/** The comments on the plan as a whole hang on this row, which no version holds. */
	private static final PlanRow WHOLE_PLAN = new PlanRow(PlanRow.WHOLE_PLAN, null, "", Map.of());

	private final PlanWorkflow workflow;
	private final PlanManagement plans;
	private final AgencyDirectory agencies;

	ReviewPageController(PlanWorkflow workflow, PlanManagement plans, AgencyDirectory agencies) {
		this.workflow = workflow;
		this.plans = plans;
		this.agencies = agencies;
	}

	@GetMapping
	String page(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model,
			Locale locale) {
		AnnualPlanId planId = new AnnualPlanId(id);
		List<PlanVersion> versions = workflow.versions(planId);
		AnnualPlan plan = plans.find(planId).orElseThrow(() -> new NotFound("annual plan", id));
		model.addAttribute("plan", plan.summary());
		model.addAttribute("agencyName",
				agencies.findById(plan.summary().agencyId()).map(agency -> agency.name(locale)).orElse(""));
		model.addAttribute("versions", versions);
		model.addAttribute("commentsByAnchor", byAnchor(workflow.comments(planId)));
		model.addAttribute("wholePlan", WHOLE_PLAN);
		if (!versions.isEmpty()) {
			int latest = versions.get(versions.size() - 1).number();
			int shown = version == null ? latest : version;
			model.addAttribute("shown", shown);
			model.addAttribute("latest", latest);
			model.addAttribute("rows", workflow.rowsOf(planId, shown)
				.orElseThrow(() -> new NotFound("plan version", id + "/" + shown)));
			if (versions.size() > 1) {
				int newer = to == null ? latest : to;
				int older = from == null ? newer - 1 : from;
				model.addAttribute("diff", workflow.diff(planId, older, newer));
			}
		}
		model.addAttribute("reviewing", plan.summary().status() == PlanStatus.SUBMITTED);
		model.addAttribute("submittable",
				Set.of(PlanStatus.DRAFT, PlanStatus.RETURNED).contains(plan.summary().status()));
		return PAGE;
	}

	@PostMapping("/comments")
	String comment(@PathVariable long id, @RequestParam int version, @RequestParam String anchor,
			@RequestParam String text, @RequestParam int row, Model model, HttpServletRequest request) {
		AnnualPlanId planId = new AnnualPlanId(id);
		workflow.comment(planId, version, anchor, text);
		if (!Htmx.isPartial(request)) {
			return "redirect:/plans/" + id + "/review#row-" + row;
		}
		List<PlanRow> rows = workflow.rowsOf(planId, version).orElseThrow();
		// the comment was saved under its anchor; the index only tells which part of the page to redraw
		PlanRow commented = row >= 0 && row < rows.size() ? rows.get(row) : WHOLE_PLAN;
		model.addAttribute("plan", plans.find(planId).orElseThrow().summary());
		model.addAttribute("commentsByAnchor", byAnchor(workflow.comments(planId)));
		model.addAttribute("row", commented);
		model.addAttribute("index", row);
		model.addAttribute("shown", version);
		model.addAttribute("latest", version);
		model.addAttribute("reviewing", true);
		return COMMENTS;
	}

	private static Map<String, List<ReviewComment>> byAnchor(List<ReviewComment> comments) {
		return comments.stream().collect(Collectors.groupingBy(ReviewComment::anchor));
	}

	@PostMapping("/submit")
	String submit(@PathVariable long id, @RequestParam int version) {
		workflow.submit(new AnnualPlanId(id), version);
		return "redirect:/plans/" + id + "/review?submitted";
	}

	@PostMapping("/return")
	String returnToAgency(@PathVariable long id, @RequestParam int version, @RequestParam String reason) {
		workflow.returnToAgency(new AnnualPlanId(id), version, reason);
		return "redirect:/plans/" + id + "/review?returned";
	}

	@PostMapping("/approve")
	String approve(@PathVariable long id, @RequestParam int version) {
		workflow.approve(new AnnualPlanId(id), version);
		return "redirect:/plans/" + id + "/review?approved";
	}

}
