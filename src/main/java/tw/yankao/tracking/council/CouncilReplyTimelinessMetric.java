package tw.yankao.tracking.council;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.MetricDefinition;
import tw.yankao.plan.MetricProvider;
import tw.yankao.plan.MetricValue;
import tw.yankao.plan.ReportingPeriod;

/**
 * A live metric for plan indicators: the share (%) of council replies on time (議會案件依限答復率)
 * of an agency and the units below it. Counted are the resolutions and questions whose reply
 * deadline falls in the period and that were either replied to (approved) or are past their
 * deadline unanswered; one still open before its deadline is not judged yet. Its lineage is the
 * list of council sessions.
 */
@Component
class CouncilReplyTimelinessMetric implements MetricProvider {

	static final String KEY = "tracking.council-replies-on-time";

	private static final MetricDefinition DEFINITION = new MetricDefinition(KEY, "議會決議案及書面質詢依限答復率",
			"Share of council replies on time", "%");

	private final CouncilStore store;
	private final CouncilManagement council;
	private final AgencyDirectory agencies;

	CouncilReplyTimelinessMetric(CouncilStore store, CouncilManagement council, AgencyDirectory agencies) {
		this.store = store;
		this.council = council;
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
		int[] counts = store.onTimeCounts(List.copyOf(agencies.subtree(agencyId)), period.start(), period.end(),
				council.today());
		if (counts[0] == 0) {
			return Optional.empty();
		}
		BigDecimal percent = BigDecimal.valueOf(counts[1] * 100L).divide(BigDecimal.valueOf(counts[0]), 2, RoundingMode.HALF_UP);
		return Optional.of(new MetricValue(percent, BigDecimal.valueOf(counts[1]), BigDecimal.valueOf(counts[0]),
				"/tracking/council"));
	}

}
