package tw.yankao.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.MetricDefinition;
import tw.yankao.plan.MetricProvider;
import tw.yankao.plan.MetricValue;
import tw.yankao.plan.ReportingPeriod;

/**
 * A live metric for plan indicators: the share (%) of the monthly progress reports of an agency's
 * items (the agency and the units below it) for the months of the period that were submitted by
 * the profile's due day (進度填報準時率). Counted are the reports submitted; a month never reported
 * shows as missing on the item's page, not here. Its lineage is the agency's item list.
 */
@Component
class ProgressReportTimelinessMetric implements MetricProvider {

	static final String KEY = "tracking.progress-report-timeliness";

	private static final MetricDefinition DEFINITION = new MetricDefinition(KEY, "每月進度填報準時率",
			"Share of monthly progress reports on time", "%");

	private static final String COUNTS = """
			select count(*) as reports, count(*) filter (where not r.late) as on_time
			  from tracking_progress_reports r
			  join tracking_items i on i.id = r.item_id
			 where i.owner_agency_id = any(cast(:owners as bigint[]))
			   and r.month between :from and :to""";

	private final JdbcClient jdbc;
	private final AgencyDirectory agencies;

	ProgressReportTimelinessMetric(JdbcClient jdbc, AgencyDirectory agencies) {
		this.jdbc = jdbc;
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
		int[] counts = jdbc.sql(COUNTS)
			.param("owners", agencies.subtree(agencyId).toArray(Long[]::new))
			.param("from", period.start()).param("to", period.end())
			.query((rs, n) -> new int[] { rs.getInt("reports"), rs.getInt("on_time") }).single();
		if (counts[0] == 0) {
			return Optional.empty();
		}
		BigDecimal percent = BigDecimal.valueOf(counts[1] * 100L).divide(BigDecimal.valueOf(counts[0]), 2, RoundingMode.HALF_UP);
		return Optional.of(new MetricValue(percent, BigDecimal.valueOf(counts[1]), BigDecimal.valueOf(counts[0]),
				"/tracking/items?agency=" + agencyId));
	}

}
