package tw.yankao.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.plan.MetricValue;
import tw.yankao.plan.ReportingPeriod;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;
import tw.yankao.tracking.internal.TrackedItems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The share of an agency's monthly progress reports submitted on time, over the reports of the
 * period's months. Reports are written straight to the table with their late flag, for months of
 * 1986 (ROC 75), which no other test reports on.
 */
@YankaoWebTest
class ProgressReportTimelinessMetricTest {

	@Autowired
	ProgressReportTimelinessMetric metric;

	@Autowired
	TrackedItems items;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Test
	void theShareCountsTheReportsOfThePeriodsMonths() {
		long agency = users.ownAgency();
		long first = item(agency);
		long second = item(agency);
		report(first, "1986-01-01", false);
		report(first, "1986-02-01", true);
		report(second, "1986-03-01", false);
		report(second, "1986-04-01", true);

		MetricValue quarter = metric.value(ProgressReportTimelinessMetric.KEY, agency, ReportingPeriod.parse("75-Q1")).orElseThrow();
		MetricValue year = metric.value(ProgressReportTimelinessMetric.KEY, agency, ReportingPeriod.parse("75")).orElseThrow();

		assertThat(quarter.value()).isEqualByComparingTo("66.67");
		assertThat(quarter.numerator()).isEqualByComparingTo("2");
		assertThat(quarter.denominator()).isEqualByComparingTo("3");
		assertThat(year.value()).isEqualByComparingTo("50.00");
		assertThat(year.lineage()).isEqualTo("/tracking/items?agency=" + agency);
	}

	@Test
	void aPeriodWithoutReportsHasNoValue() {
		assertThat(metric.value(ProgressReportTimelinessMetric.KEY, users.ownAgency(), ReportingPeriod.parse("75-Q4"))).isEmpty();
		assertThat(metric.value("tracking.unknown", users.ownAgency(), ReportingPeriod.parse("75"))).isEmpty();
	}

	private long item(long agency) {
		return items.insert(new TrackedItemEntry(TrackedItemType.SPECIAL_PROJECT, "PRT-" + UUID.randomUUID(), "填報準時率測試",
				agency, List.of(), ControlLevel.AGENCY, "測試", LocalDate.of(1986, 1, 1), LocalDate.of(1986, 12, 31),
				BigDecimal.ZERO, BigDecimal.ZERO, TrackedItemStatus.TRACKED, Map.of(), Map.of(), List.of(), null, null, null),
				Instant.now());
	}

	private void report(long item, String month, boolean late) {
		jdbc.sql("""
				insert into tracking_progress_reports (item_id, month, actual_percent, planned_percent, lag_points,
				       lag_class, submitted_at, late)
				values (?, cast(? as date), 10, 10, 0, 'ON_SCHEDULE', now(), ?)""")
			.params(item, month, late).update();
	}

}
