package tw.yankao.tracking.documents;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.MetricDefinition;
import tw.yankao.plan.MetricProvider;
import tw.yankao.plan.MetricValue;
import tw.yankao.plan.ReportingPeriod;

/**
 * A live metric for plan indicators: the share (%) of an agency's documents (the agency and
 * those below it) received in the period and closed that were closed on time (依限辦結率).
 * Its lineage is the timeliness ranking of the period's last month.
 */
@Component
class OnTimeClosureMetric implements MetricProvider {

	static final String KEY = "tracking.documents-on-time-closure";

	private static final MetricDefinition DEFINITION = new MetricDefinition(KEY, "公文依限辦結率",
			"Share of documents closed on time", "%");

	private final DocumentTimeliness timeliness;
	private final AgencyDirectory agencies;

	OnTimeClosureMetric(DocumentTimeliness timeliness, AgencyDirectory agencies) {
		this.timeliness = timeliness;
		this.agencies = agencies;
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
		int[] counts = timeliness.closedOnTime(agencies.subtree(agencyId), period.start(), period.end());
		if (counts[0] == 0) {
			return Optional.empty();
		}
		return Optional.of(new MetricValue(AgencyTimeliness.percent(counts[1], counts[0]), BigDecimal.valueOf(counts[1]),
				BigDecimal.valueOf(counts[0]), "/tracking/documents/timeliness?month=" + YearMonth.from(period.end())));
	}

}
