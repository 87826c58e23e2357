package tw.yankao.tracking;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.yankao.plan.MetricDefinition;
import tw.yankao.plan.MetricProvider;
import tw.yankao.plan.MetricValue;
import tw.yankao.plan.ReportingPeriod;

/**
 * The tender execution rate (標案管考執行率) as a live metric for plan indicators, in percent: of
 * an agency and the units below it, or of the whole city (本府) whatever agency the indicator
 * belongs to, as the RDEC's indicator measures it. A period is measured at its last month, or at
 * the current month while the period runs. The lineage lists the tenders counted.
 */
@Component
class TenderExecutionRateMetric implements MetricProvider {

	static final String AGENCY_KEY = "tracking.tender-execution-rate";
	static final String CITY_KEY = "tracking.tender-execution-rate.city";

	private static final List<MetricDefinition> METRICS = List.of(
			new MetricDefinition(AGENCY_KEY, "標案管考執行率（本機關）", "Tender execution rate (agency)", "%"),
			new MetricDefinition(CITY_KEY, "本府標案管考執行率", "Tender execution rate (city)", "%"));

	private final TrackingManagement tracking;
	private final Clock clock;

	TenderExecutionRateMetric(TrackingManagement tracking, Clock clock) {
		this.tracking = tracking;
		this.clock = clock;
	}

	@Override
	public List<MetricDefinition> metrics() {
		return METRICS;
	}

	@Override
	public Optional<MetricValue> value(String key, long agencyId, ReportingPeriod period) {
		if (!AGENCY_KEY.equals(key) && !CITY_KEY.equals(key)) {
			return Optional.empty();
		}
		Long agency = CITY_KEY.equals(key) ? null : agencyId;
		YearMonth month = measuredMonth(period);
		return tracking.executionRate(agency, TrackedItemType.TENDER, month)
			.map(rate -> new MetricValue(rate.rate().movePointRight(2).setScale(2),
					BigDecimal.valueOf(rate.ahead() + rate.onSchedule()), BigDecimal.valueOf(rate.tracked()),
					lineage(agency, month)));
	}

	private YearMonth measuredMonth(ReportingPeriod period) {
		YearMonth last = YearMonth.from(period.end());
		YearMonth now = YearMonth.now(clock);
		return last.isAfter(now) ? now : last;
	}

	/** The item list narrowed to the tenders the value counts. */
	static String lineage(Long agencyId, YearMonth month) {
		return "/tracking/items?type=TENDER&status=TRACKED&month=" + month + (agencyId == null ? "" : "&agency=" + agencyId);
	}

}
