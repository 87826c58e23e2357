package tw.yankao.plan.achievement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.AgencyScope;
import tw.yankao.plan.formula.WeightedScore;
import tw.yankao.shared.profile.CityProfile;

/**
 * Targets against actuals for the dashboards: each indicator's achievement rate, each goal's
 * weighted score over its indicators and each agency's over its goals, all capped at
 * {@code plans.achievementCapPercent} of the city profile.
 */
@Service
public class IndicatorDashboards {

	private final PlanIndicators indicators;
	private final AchievementReports reports;
	private final AgencyScope scope;
	private final CityProfile profile;

	IndicatorDashboards(PlanIndicators indicators, AchievementReports reports, AgencyScope scope, CityProfile profile) {
		this.indicators = indicators;
		this.reports = reports;
		this.scope = scope;
		this.profile = profile;
	}

	/** One agency's dashboard, if the caller may see the agency. */
	@Transactional(readOnly = true)
	public AgencyDashboard ofAgency(long agencyId, int rocYear) {
		scope.checkAccess(agencyId);
		return dashboards(indicators.ofAgency(agencyId, rocYear), rocYear).stream()
			.findFirst()
			.orElse(new AgencyDashboard(agencyId, rocYear, List.of(), WeightedScore.of(List.of(), cap())));
	}

	/** Every agency with an approved plan for the year; for city-wide roles only (the access rules say so). */
	@Transactional(readOnly = true)
	public List<AgencyDashboard> ofCity(int rocYear) {
		return dashboards(indicators.ofYear(rocYear), rocYear);
	}

	private List<AgencyDashboard> dashboards(List<PlanIndicator> all, int rocYear) {
		Map<Long, List<AchievementReport>> byIndicator = reports
			.ofIndicators(all.stream().map(PlanIndicator::id).toList(), rocYear - 1, rocYear)
			.stream()
			.collect(Collectors.groupingBy(AchievementReport::indicatorId));
		Map<Long, Map<Long, List<PlanIndicator>>> byAgencyAndGoal = all.stream()
			.collect(Collectors.groupingBy(PlanIndicator::agencyId, LinkedHashMap::new,
					Collectors.groupingBy(PlanIndicator::goalId, LinkedHashMap::new, Collectors.toList())));
		List<AgencyDashboard> dashboards = new ArrayList<>();
		byAgencyAndGoal.forEach((agencyId, goals) -> {
			List<AgencyDashboard.Goal> rows = goals.values().stream().map(goal -> goal(goal, byIndicator)).toList();
			List<WeightedScore.Entry> entries = rows.stream()
				.map(goal -> WeightedScore.Entry.of(goal.label(), goal.weight(), goal.score()))
				.toList();
			dashboards.add(new AgencyDashboard(agencyId, rocYear, rows, WeightedScore.of(entries, cap())));
		});
		return dashboards;
	}

	private AgencyDashboard.Goal goal(List<PlanIndicator> goalIndicators, Map<Long, List<AchievementReport>> reportsOf) {
		List<IndicatorAchievement> rows = goalIndicators.stream()
			.map(indicator -> IndicatorAchievement.of(indicator, reportsOf.getOrDefault(indicator.id(), List.of()), cap()))
			.toList();
		WeightedScore score = WeightedScore.of(rows.stream()
			.map(row -> WeightedScore.Entry.of(row.indicator().name(), row.indicator().weight(), row.rate()))
			.toList(), cap());
		PlanIndicator first = goalIndicators.get(0);
		return new AgencyDashboard.Goal(first.goalId(), first.goalLabel(), first.goalWeight(), rows, score);
	}

	private BigDecimal cap() {
		return profile.plans().achievementCapPercent();
	}

}
