package tw.yankao.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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

/** The tender execution rate offered to plan indicators, over tenders of 1989 (ROC 78) that no other test uses. */
@YankaoWebTest
class TenderExecutionRateMetricTest {

	@Autowired
	TenderExecutionRateMetric metric;

	@Autowired
	TrackedItems items;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Test
	void theRateOfAPeriodIsTakenAtItsLastMonth() {
		long agency = users.otherAgency();
		long onPlan = tender(agency, TrackedItemType.TENDER);
		long late = tender(agency, TrackedItemType.TENDER);
		tender(agency, TrackedItemType.SPECIAL_PROJECT); // not a tender: not counted
		report(onPlan, "50", "ON_SCHEDULE");
		report(late, "30", "SERIOUSLY_BEHIND");

		MetricValue year = metric.value(TenderExecutionRateMetric.AGENCY_KEY, agency, ReportingPeriod.year(78)).orElseThrow();
		assertThat(year.value()).isEqualByComparingTo("50");
		assertThat(year.numerator()).isEqualByComparingTo("1");
		assertThat(year.denominator()).isEqualByComparingTo("2");
		assertThat(year.lineage()).isEqualTo("/tracking/items?type=TENDER&status=TRACKED&month=1989-12&agency=" + agency);

		// the first quarter has no reports: nothing shows the tenders kept to plan
		MetricValue quarter = metric.value(TenderExecutionRateMetric.AGENCY_KEY, agency, ReportingPeriod.parse("78-Q1"))
			.orElseThrow();
		assertThat(quarter.value()).isEqualByComparingTo("0");
		assertThat(quarter.denominator()).isEqualByComparingTo("2");
	}

	@Test
	void nothingToMeasureGivesEmptyNotZero() {
		assertThat(metric.value(TenderExecutionRateMetric.AGENCY_KEY, users.ownAgency(), ReportingPeriod.year(50))).isEmpty();
		assertThat(metric.value("tracking.unknown", users.ownAgency(), ReportingPeriod.year(78))).isEmpty();
		assertThat(metric.metrics()).extracting("key")
			.containsExactly(TenderExecutionRateMetric.AGENCY_KEY, TenderExecutionRateMetric.CITY_KEY);
	}

	private long tender(long agency, TrackedItemType type) {
		return items.insert(new TrackedItemEntry(type, "M-" + UUID.randomUUID(), "測試", agency, List.of(),
				ControlLevel.CITY, "測試", LocalDate.of(1989, 1, 1), LocalDate.of(1989, 12, 31),
				BigDecimal.valueOf(2_000_000), BigDecimal.ZERO, TrackedItemStatus.TRACKED, Map.of(),
				Map.of(YearMonth.of(1989, 12), BigDecimal.valueOf(50)), List.of(), null, null, null), Instant.now());
	}

	private void report(long item, String actual, String lagClass) {
		jdbc.sql("""
				insert into tracking_progress_reports (item_id, month, actual_percent, planned_percent, lag_points,
				                                       lag_class, submitted_at, late)
				values (?, date '1989-12-01', cast(? as numeric), 50, cast(? as numeric) - 50, ?, now(), false)""")
			.params(item, actual, actual, lagClass).update();
	}

}
