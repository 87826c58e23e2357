package tw.yankao.plan.achievement;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import tw.yankao.plan.formula.AchievementRate;

/**
 * One indicator on a dashboard: its target, the report its actual comes from and its rate.
 *
 * @param indicator the indicator
 * @param report the report shown: the year's when there is one, otherwise the latest period's;
 *     null when nothing has been reported (the indicator is flagged)
 * @param rate the achievement rate of that report's actual, capped by the city profile
 * @param priorYear the report of the year before on this indicator (the plan's own prior-year
 *     actual, as its 上年度實施狀況 states it); null when there is none
 * @param priorYearRate the prior-year actual measured against this year's target (how far the
 *     agency starts from it), capped likewise; not computable without a prior-year actual
 */
public record IndicatorAchievement(PlanIndicator indicator, AchievementReport report, AchievementRate rate,
		AchievementReport priorYear, AchievementRate priorYearRate) {

	/** Latest end first; at the same end the longer period (the year before its last quarter). */
	private static final Comparator<AchievementReport> LATEST = Comparator
		.comparing((AchievementReport r) -> r.period().end())
		.thenComparing(r -> r.period().kind().ordinal())
		.reversed();

	/** The indicator judged by the most telling of its reports of the year. */
	static IndicatorAchievement of(PlanIndicator indicator, List<AchievementReport> reports, BigDecimal capPercent) {
		AchievementReport shown = latest(reports, indicator.rocYear());
		AchievementRate rate = shown == null ? AchievementRate.notComputable("no achievement report")
				: AchievementRate.of(indicator.target(), shown.actual(), indicator.polarity(), capPercent);
		AchievementReport prior = latest(reports, indicator.rocYear() - 1);
		AchievementRate priorRate = prior == null ? AchievementRate.notComputable("no prior-year actual")
				: AchievementRate.of(indicator.target(), prior.actual(), indicator.polarity(), capPercent);
		return new IndicatorAchievement(indicator, shown, rate, prior, priorRate);
	}

	private static AchievementReport latest(List<AchievementReport> reports, int rocYear) {
		return reports.stream().filter(r -> r.period().rocYear() == rocYear).sorted(LATEST).findFirst().orElse(null);
	}

	/** Flag: nothing reported for the indicator this year. */
	public boolean isMissing() {
		return report == null;
	}

}
