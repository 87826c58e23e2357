package tw.yankao.plan.review.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.PlanWorkflow;
import tw.yankao.shared.time.RocDates;

/** The RDEC's queue of submitted plans and the city plan (彙編) of a year. */
@Controller
class CompilationController {

	private static final String QUEUE = "plan/review/queue";
	private static final String COMPILATION = "plan/review/compilation";

	private final PlanWorkflow workflow;
	private final AgencyDirectory agencies;

	CompilationController(PlanWorkflow workflow, AgencyDirectory agencies) {
		this.workflow = workflow;
		this.agencies = agencies;
	}

	@GetMapping("/plans/review")
	String queue(Model model, Locale locale) {
		model.addAttribute("queue", workflow.reviewQueue());
		model.addAttribute("agencyNames", agencyNames(locale));
		return QUEUE;
	}

	/** The city plan being prepared: next year's, as plans are written the year before. */
	@GetMapping("/plans/compilation")
	String currentYear() {
		return "redirect:/plans/compilation/" + (LocalDate.now(RocDates.ZONE).getYear() - 1911 + 1);
	}

	@GetMapping("/plans/compilation/{rocYear}")
	String compilation(@PathVariable int rocYear, Model model, Locale locale) {
		model.addAttribute("cityPlan", workflow.cityPlan(rocYear));
		model.addAttribute("agencyNames", agencyNames(locale));
		return COMPILATION;
	}

	@PostMapping("/plans/compilation/{rocYear}/compile")
	String compile(@PathVariable int rocYear, @RequestParam int version) {
		workflow.compile(rocYear, version);
		return "redirect:/plans/compilation/" + rocYear + "?compiled";
	}

	@PostMapping("/plans/compilation/{rocYear}/publish")
	String publish(@PathVariable int rocYear, @RequestParam int version) {
		workflow.publish(rocYear, version);
		return "redirect:/plans/compilation/" + rocYear + "?published";
	}

	private Map<Long, String> agencyNames(Locale locale) {
		return agencies.all().stream().collect(Collectors.toMap(Agency::id, agency -> agency.name(locale)));
	}

}
