package tw.yankao.plan.achievement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.plan.ReportingPeriod;
import tw.yankao.plan.achievement.LiveIndicators;
import tw.yankao.plan.achievement.OnTimeReporting;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/** Binding an indicator to a live metric, refreshing it, and the built-in metric's lineage page. */
@Controller
class LiveIndicatorController {

	private static final String ON_TIME = "plan/achievement/on-time";

	private final LiveIndicators live;
	private final OnTimeReporting onTime;
	private final AgencyScope scope;
	private final AgencyDirectory agencies;

	LiveIndicatorController(LiveIndicators live, OnTimeReporting onTime, AgencyScope scope, AgencyDirectory agencies) {
		this.live = live;
		this.onTime = onTime;
		this.scope = scope;
		this.agencies = agencies;
	}

	@PostMapping("/plans/achievement/indicators/{id}/binding")
	String bind(@PathVariable long id, @RequestParam(required = false) String metric, RedirectAttributes redirect) {
		try {
			live.bind(id, metric);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("liveError", invalid.errors().get(0));
		}
		return back(id);
	}

	@PostMapping("/plans/achievement/indicators/{id}/binding/delete")
	String unbind(@PathVariable long id) {
		live.unbind(id);
		return back(id);
	}

	@PostMapping("/plans/achievement/indicators/{id}/refresh")
	String refresh(@PathVariable long id, @RequestParam String period, RedirectAttributes redirect) {
		try {
			boolean stored = live.refresh(id, parse(period)).isPresent();
			redirect.addFlashAttribute("refreshed", stored ? "stored" : "nothing");
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("liveError", invalid.errors().get(0));
		}
		return back(id) + "?period=" + period;
	}

	/** The lineage of the on-time metric: the indicators behind one agency's value for a period. */
	@GetMapping("/plans/achievement/on-time")
	String onTime(@RequestParam long agency, @RequestParam String period, Model model) {
		scope.checkAccess(agency);
		ReportingPeriod reportingPeriod = parse(period);
		model.addAttribute("agency", agencies.findById(agency).orElseThrow(() -> new NotFound("agency", agency)));
		model.addAttribute("period", reportingPeriod);
		model.addAttribute("due", onTime.dueDate(reportingPeriod));
		model.addAttribute("rows", onTime.rows(agency, reportingPeriod));
		return ON_TIME;
	}

	private static ReportingPeriod parse(String period) {
		try {
			return ReportingPeriod.parse(period);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("period", "achievement.period.unreadable", period);
		}
	}

	private static String back(long id) {
		return "redirect:/plans/achievement/indicators/" + id;
	}

}
