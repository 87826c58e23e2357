package tw.yankao.tracking.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.tracking.ExecutionRate;
import tw.yankao.tracking.ReportMonth;
import tw.yankao.tracking.TrackingManagement;

/** The RDEC's page of execution rates by agency for a month, lowest first, with the city-wide rate. */
@Controller
class ExecutionRateController {

	private final TrackingManagement tracking;
	private final AgencyDirectory agencies;
	private final CityProfile profile;
	private final Clock clock;

	ExecutionRateController(TrackingManagement tracking, AgencyDirectory agencies, CityProfile profile, Clock clock) {
		this.tracking = tracking;
		this.agencies = agencies;
		this.profile = profile;
		this.clock = clock;
	}

	@GetMapping("/tracking/execution-rates")
	String page(@RequestParam(required = false) String month, Model model) {
		YearMonth shown = month == null || month.isBlank()
				? tracking.latestReportedMonth().orElse(YearMonth.now(clock).minusMonths(1)) : ReportMonth.parse(month);
		List<ExecutionRate> rates = tracking.executionRates(shown).stream()
			.sorted(Comparator.comparing(ExecutionRate::rate).thenComparing(ExecutionRate::agencyId))
			.toList();
		model.addAttribute("month", shown.toString());
		model.addAttribute("shownMonth", shown);
		model.addAttribute("rates", rates);
		model.addAttribute("city", ExecutionRate.city(rates));
		model.addAttribute("line", profile.tracking().executionRateLinePercent());
		model.addAttribute("agencies", agencies.all().stream()
			.collect(java.util.stream.Collectors.toMap(a -> a.id(), a -> a)));
		return "tracking/execution-rates";
	}

}
