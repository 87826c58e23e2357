package tw.yankao.plan.achievement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUsers;
import tw.yankao.plan.achievement.AgencyDashboard;
import tw.yankao.plan.achievement.IndicatorDashboards;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.NotFound;

/**
 * The indicator dashboards: one agency's indicators, goals and score for a year, and the city's
 * agencies side by side. Without parameters they show the viewer's agency and the current year.
 */
@Controller
class DashboardController {

	private static final String AGENCY = "plan/achievement/dashboard";
	private static final String CITY = "plan/achievement/city";

	private final IndicatorDashboards dashboards;
	private final AgencyDirectory agencies;
	private final AgencyScope scope;
	private final CurrentUsers users;
	private final Clock clock;

	DashboardController(IndicatorDashboards dashboards, AgencyDirectory agencies, AgencyScope scope, CurrentUsers users,
			Clock clock) {
		this.dashboards = dashboards;
		this.agencies = agencies;
		this.scope = scope;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping("/plans/dashboard")
	String agency(@RequestParam(required = false) String agency, @RequestParam(required = false) Integer year,
			Model model) {
		Agency shown = agency == null || agency.isBlank() ? ownAgency()
				: agencies.findByCode(agency.strip()).orElseThrow(() -> new NotFound("agency", agency));
		int rocYear = year == null ? thisYear() : year;
		AgencyDashboard dashboard = dashboards.ofAgency(shown.id(), rocYear);
		model.addAttribute("agency", shown);
		model.addAttribute("year", rocYear);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("choices", agencies.all().stream().filter(a -> scope.canAccess(a.id())).toList());
		return AGENCY;
	}

	@GetMapping("/plans/dashboard/city")
	String city(@RequestParam(required = false) Integer year, Model model) {
		int rocYear = year == null ? thisYear() : year;
		List<AgencyDashboard> city = dashboards.ofCity(rocYear);
		model.addAttribute("year", rocYear);
		model.addAttribute("dashboards", city);
		model.addAttribute("agencies", agencies.all().stream()
			.collect(java.util.stream.Collectors.toMap(Agency::id, a -> a)));
		return CITY;
	}

	private Agency ownAgency() {
		Long id = users.current().map(user -> user.agencyId()).orElse(null);
		return id == null ? agencies.all().get(0) : agencies.findById(id).orElseThrow(() -> new NotFound("agency", id));
	}

	private int thisYear() {
		return RocDates.rocYear(LocalDate.now(clock.withZone(RocDates.ZONE)));
	}

}
