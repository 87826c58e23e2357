package tw.yankao.plan.achievement;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.yankao.plan.MetricDefinition;
import tw.yankao.plan.MetricProvider;
import tw.yankao.plan.MetricValue;
import tw.yankao.plan.ReportingPeriod;

/**
 * The plan module's own metric: the share (%) of an agency's indicators whose achievement report
 * for the period was submitted on time. Its lineage page lists those indicators.
 */
@Component
class OnTimeReportingMetric implements MetricProvider {

	static final String KEY = "plan.achievement-on-time";

	private static final MetricDefinition DEFINITION = new MetricDefinition(KEY, "指標達成情形準時填報比率",
			"Share of indicators with achievement reported on time", "%");

	private final OnTimeReporting onTime;

	OnTimeReportingMetric(OnTimeReporting onTime) {
		this.onTime = onTime;
	}

	@Override
	public List<MetricDefinition> metrics() {
		return List.of(DEFINITION);
	}

	@Override
	public Optional<MetricValue> value(String key, long agencyId, ReportingPeriod period) {
		if (!KEY.equals(key)) {
			return Optional.empty();
		}
		return OnTimeReporting.Share.of(onTime.rows(agencyId, period))
			.map(share -> new MetricValue(share.percent().setScale(2, RoundingMode.HALF_UP), share.onTime(), share.all(),
					lineage(agencyId, period)));
	}

	static String lineage(long agencyId, ReportingPeriod period) {
		return "/plans/achievement/on-time?agency=" + agencyId + "&period=" + period.code();
	}

}
