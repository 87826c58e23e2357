package tw.yankao.plan.achievement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.plan.ReportingPeriod;
import tw.yankao.shared.profile.CityProfile;

/**
 * Which of an agency's indicators had their achievement report for a period in on time: submitted
 * no later than the end of the day {@code plans.achievementReportDueDays} after the period ends,
 * in the city's time zone. Indicators bound to a metric are left out, since no person reports
 * them. This is both the built-in metric's value and the lineage behind it.
 */
@Component
public class OnTimeReporting {

	/**
	 * One indicator with its report for the period.
	 *
	 * @param indicator the indicator
	 * @param report its report of the period, null when there is none
	 * @param due the last day (ISO) the report counts as on time
	 * @param onTime whether it was submitted by then
	 */
	public record Row(PlanIndicator indicator, AchievementReport report, LocalDate due, boolean onTime) {
	}

	private final PlanIndicators indicators;
	private final AchievementReports reports;
	private final CityProfile profile;

	OnTimeReporting(PlanIndicators indicators, AchievementReports reports, CityProfile profile) {
		this.indicators = indicators;
		this.reports = reports;
		this.profile = profile;
	}

	/** The agency's manually reported indicators of the period's year, each judged. */
	@Transactional(readOnly = true)
	public List<Row> rows(long agencyId, ReportingPeriod period) {
		List<PlanIndicator> manual = indicators.ofAgency(agencyId, period.rocYear())
			.stream()
			.filter(indicator -> !indicator.isLive())
			.toList();
		Map<Long, AchievementReport> ofPeriod = reports
			.ofIndicators(manual.stream().map(PlanIndicator::id).toList(), period.rocYear(), period.rocYear())
			.stream()
			.filter(report -> report.period().equals(period))
			.collect(Collectors.toMap(AchievementReport::indicatorId, Function.identity()));
		LocalDate due = dueDate(period);
		Instant deadline = due.plusDays(1).atStartOfDay(profile.timeZone()).toInstant();
		return manual.stream().map(indicator -> {
			AchievementReport report = ofPeriod.get(indicator.id());
			boolean onTime = report != null && report.submittedAt() != null && report.submittedAt().isBefore(deadline);
			return new Row(indicator, report, due, onTime);
		}).toList();
	}

	/** The last day a report of the period is on time. */
	public LocalDate dueDate(ReportingPeriod period) {
		return period.end().plusDays(profile.plans().achievementReportDueDays());
	}

	/** The share on time: percent 0–100 and the two counts behind it. */
	record Share(BigDecimal percent, BigDecimal onTime, BigDecimal all) {

		/** Empty when there is no indicator to judge. */
		static java.util.Optional<Share> of(List<Row> rows) {
			if (rows.isEmpty()) {
				return java.util.Optional.empty();
			}
			BigDecimal onTime = BigDecimal.valueOf(rows.stream().filter(Row::onTime).count());
			BigDecimal all = BigDecimal.valueOf(rows.size());
			return java.util.Optional.of(new Share(onTime.multiply(BigDecimal.valueOf(100)).divide(all, MathContext.DECIMAL64), onTime, all));
		}
	}

}
