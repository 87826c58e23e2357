package tw.yankao.tracking;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.yankao.shared.profile.TrackingRules;

import static org.assertj.core.api.Assertions.assertThat;

/** Lag classes by the Taichung thresholds: 10 points seriously behind, 20 for construction. */
class LagRulesTest {

	private final LagRules rules = new LagRules(new TrackingRules.Lag(BigDecimal.TEN, BigDecimal.valueOf(20),
			new TrackingRules.ProcurementLag(BigDecimal.TEN, BigDecimal.valueOf(20), 10)));

	@ParameterizedTest(name = "{0} at {1} points is {2}")
	@CsvSource({
			"TENDER, 5, AHEAD",
			"TENDER, 0.01, AHEAD",
			"TENDER, 0, ON_SCHEDULE",
			"TENDER, -0.01, BEHIND",
			"TENDER, -9.99, BEHIND",
			"TENDER, -10, SERIOUSLY_BEHIND",
			"TENDER, -35, SERIOUSLY_BEHIND",
			"MAYORS_COMMITMENT, -10, SERIOUSLY_BEHIND",
			"MAJOR_CONSTRUCTION, -10, BEHIND",
			"MAJOR_CONSTRUCTION, -19.99, BEHIND",
			"MAJOR_CONSTRUCTION, -20, SERIOUSLY_BEHIND",
			"BASIC_INFRASTRUCTURE_SUBSIDY, -15, BEHIND",
			"BASIC_INFRASTRUCTURE_SUBSIDY, -20.5, SERIOUSLY_BEHIND",
			"MAJOR_CONSTRUCTION, 0, ON_SCHEDULE" })
	void classifiesByTheTypesThreshold(TrackedItemType type, BigDecimal lag, LagClass expected) {
		assertThat(rules.classify(type, lag, false)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "an overdue checkpoint at {0} points is {1}")
	@CsvSource({ "5, BEHIND", "0, BEHIND", "-3, BEHIND", "-12, SERIOUSLY_BEHIND" })
	void anOverdueCheckpointMeansAtLeastBehind(BigDecimal lag, LagClass expected) {
		assertThat(rules.classify(TrackedItemType.TENDER, lag, true)).isEqualTo(expected);
	}

	@Test
	void lagIsActualMinusPlannedInPoints() {
		assertThat(LagRules.lag(new BigDecimal("42.5"), new BigDecimal("50"))).isEqualByComparingTo("-7.5");
		assertThat(LagRules.lag(new BigDecimal("60"), new BigDecimal("50"))).isEqualByComparingTo("10");
	}

	@Test
	void theThresholdComesFromTheProfile() {
		LagRules strict = new LagRules(new TrackingRules.Lag(BigDecimal.valueOf(5), BigDecimal.valueOf(8),
				new TrackingRules.ProcurementLag(BigDecimal.TEN, BigDecimal.valueOf(20), 10)));
		assertThat(strict.classify(TrackedItemType.TENDER, BigDecimal.valueOf(-5), false))
			.isEqualTo(LagClass.SERIOUSLY_BEHIND);
		assertThat(strict.classify(TrackedItemType.MAJOR_CONSTRUCTION, BigDecimal.valueOf(-8), false))
			.isEqualTo(LagClass.SERIOUSLY_BEHIND);
		assertThat(strict.seriouslyBehindPoints(TrackedItemType.COUNCIL_RESOLUTION)).isEqualByComparingTo("5");
	}

	@Test
	void onlyAheadAndOnScheduleCountAsExecuted() {
		assertThat(LagClass.AHEAD.isExecuted()).isTrue();
		assertThat(LagClass.ON_SCHEDULE.isExecuted()).isTrue();
		assertThat(LagClass.BEHIND.isExecuted()).isFalse();
		assertThat(LagClass.SERIOUSLY_BEHIND.isExecuted()).isFalse();
	}

}
