package tw.yankao.tracking.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.tracking.ExecutionRate;
import tw.yankao.tracking.TrackedItemType;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo year (2016, ROC 105): about 2,700 tenders whose execution rates look like the seeds'. */
@YankaoWebTest
class TrackingDemoDataTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExecutionRates rates;

	@Test
	void aboutTwentySevenHundredTendersWithAYearOfProgress() {
		assertThat(count("select count(*) from tracking_items where item_number like '105-TD-%'")).isEqualTo(2_700);
		assertThat(count("select count(*) from tracking_items where item_number like '105-CR-%'")).isPositive();
		assertThat(count("select count(*) from tracking_items where item_number like '105-MC-%'")).isPositive();
		assertThat(count("""
				select count(*) from tracking_progress_reports r join tracking_items i on i.id = r.item_id
				 where i.item_number like '105-%' and r.month = date '2016-12-01'""")).isGreaterThanOrEqualTo(2_700);
	}

	@Test
	void overseasTripReportsAreDueByTheProfile() {
		// 3 months after return, 1 month for mainland China
		assertThat(count("""
				select count(*) from tracking_items where item_number like '105-OT-%'
				   and (details ->> 'reportDueDate')::date = (details ->> 'returnDate')::date
				       + case when details ->> 'mainlandChina' = 'true' then interval '1 month' else interval '3 months' end""")).isEqualTo(8);
		assertThat(count("""
				select count(*) from tracking_items where item_number like '105-OT-%' and details ->> 'mainlandChina' = 'true'""")).isEqualTo(2);
	}

	@Test
	void someAgenciesFallUnderTheLineAndTheCityIsNearTheSeeds() {
		List<ExecutionRate> december = rates.of(YearMonth.of(2016, 12), TrackedItemType.TENDER, null);
		ExecutionRate city = ExecutionRate.city(december);
		assertThat(city.behind()).isPositive();
		assertThat(city.seriouslyBehind()).isPositive();
		assertThat(city.rate()).isBetween(new BigDecimal("0.85"), new BigDecimal("0.95"));
		assertThat(december).anyMatch(rate -> rate.isUnder(BigDecimal.valueOf(90)));
		assertThat(december).anyMatch(rate -> !rate.isUnder(BigDecimal.valueOf(90)));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
