package tw.yankao.plan.achievement.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.achievement.AchievementConflict;
import tw.yankao.plan.achievement.AchievementEntry;
import tw.yankao.plan.achievement.Achievements;
import tw.yankao.plan.achievement.IndicatorDashboards;
import tw.yankao.shared.web.NotFound;

/** Achievement reports and dashboards as JSON, limited to the caller's agency scope. */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "Plan achievement")
class AchievementApiController {

	private final Achievements achievements;
	private final IndicatorDashboards dashboards;
	private final AgencyDirectory agencies;

	AchievementApiController(Achievements achievements, IndicatorDashboards dashboards, AgencyDirectory agencies) {
		this.achievements = achievements;
		this.dashboards = dashboards;
		this.agencies = agencies;
	}

	@GetMapping("/indicators/{id}/achievements")
	@Operation(summary = "An indicator's achievement reports by period; 403 outside the caller's agency scope")
	List<AchievementJson> achievements(@PathVariable long id) {
		return achievements.reportsOf(id).stream().map(AchievementJson::of).toList();
	}

	@PostMapping("/indicators/{id}/achievements")
	@Operation(summary = "Create or change the draft report of a period (liaisons and handlers); 400 names each bad field, "
			+ "409 when the version is stale")
	AchievementJson enter(@PathVariable long id, @RequestBody AchievementEntry entry) {
		return AchievementJson.of(achievements.save(id, entry));
	}

	@GetMapping("/dashboard")
	@Operation(summary = "An agency's indicators of a ROC year: targets, actuals, achievement rates, goal and agency "
			+ "weighted scores (percent, capped by the city profile)")
	DashboardJson dashboard(@RequestParam String agency, @RequestParam int year) {
		long agencyId = agencies.findByCode(agency).orElseThrow(() -> new NotFound("agency", agency)).id();
		return DashboardJson.of(agency, dashboards.ofAgency(agencyId, year));
	}

	@ExceptionHandler(AchievementConflict.class)
	ProblemDetail conflict(AchievementConflict conflict) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
		problem.setType(URI.create("https://yankao.tw/problems/conflict"));
		problem.setProperty("reload", "/api/plans/indicators/" + conflict.indicatorId() + "/achievements");
		return problem;
	}

}
