package tw.yankao.plan.achievement.web;

import java.math.BigDecimal;
import java.util.List;

import tw.yankao.plan.achievement.AgencyDashboard;
import tw.yankao.plan.achievement.IndicatorAchievement;

/**
 * An agency's dashboard in the JSON API. Rates and scores are percent, capped by the city
 * profile; null when not computable.
 */
record DashboardJson(String agency, int year, BigDecimal score, long missingReports, List<Goal> goals) {

	record Goal(String goal, BigDecimal weight, BigDecimal score, List<Indicator> indicators) {
	}

	/**
	 * @param period the period the actual is from, null when nothing is reported (flagged missing)
	 * @param priorYearActual the actual of the year before, null when none is recorded
 * @param priorYearRate that actual against this year's target in percent, null when not computable
	 */
	record Indicator(long id, String name, BigDecimal weight, String target, String unit, BigDecimal actual,
			String period, BigDecimal achievementRate, boolean missingReport, boolean live, BigDecimal priorYearActual, BigDecimal priorYearRate) {

		static Indicator of(IndicatorAchievement row) {
			var indicator = row.indicator();
			return new Indicator(indicator.id(), indicator.name(), indicator.weight(), indicator.targetText(),
					indicator.targetUnit(), row.report() == null ? null : row.report().actual(),
					row.report() == null ? null : row.report().period().code(), row.rate().percent(), row.isMissing(),
					indicator.isLive(), row.priorYear() == null ? null : row.priorYear().actual(), row.priorYearRate().percent());
		}
	}

	static DashboardJson of(String agencyCode, AgencyDashboard dashboard) {
		return new DashboardJson(agencyCode, dashboard.rocYear(), dashboard.score().score(), dashboard.missingReports(),
				dashboard.goals()
					.stream()
					.map(goal -> new Goal(goal.label(), goal.weight(), goal.score().score(),
							goal.indicators().stream().map(Indicator::of).toList()))
					.toList());
	}

}
