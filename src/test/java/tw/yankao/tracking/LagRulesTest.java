package tw.yankao.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.yankao.shared.profile.TrackingRules;

import static org.assertj.core.api.Assertions.assertThat;

/** Lag classes by the Taichung thresholds: 10 points seriously behind, 20 for construction. */
class LagRulesTest {

	private final LagRules rules = new LagRules(new TrackingRules.Lag(BigDecimal.TEN, BigDecimal.valueOf(20),
			new TrackingRules.ProcurementLag(BigDecimal.TEN, BigDecimal.valueOf(20), 10, 200_000_000L)));

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
				new TrackingRules.ProcurementLag(BigDecimal.TEN, BigDecimal.valueOf(20), 10, 200_000_000L)));
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

	@ParameterizedTest(name = "procurement: NT${0} at {1} points and {2} days behind: seriously behind {3}")
	@CsvSource({
			"200000000, -10, 0, true",
			"200000000, -9.99, 100, false",
			"900000000, -15, 1, true",
			"199999999, -10, 100, false",
			"199999999, -19.99, 100, false",
			"1000000, -20, 10, true",
			"1000000, -20, 9, false",
			"1000000, -40, 9, false",
			"1000000, -19.99, 10, false" })
	void theProcurementRuleNeedsPointsAndForSmallerWorksDays(BigDecimal budget, BigDecimal lag, long days,
			boolean expected) {
		assertThat(rules.procurementSeriouslyBehind(budget, lag, days)).isEqualTo(expected);
	}

	@Test
	void daysBehindCountFromTheDayThePlanReachedTheActualPercentage() {
		TrackedItem item = tender(2_000_000, LocalDate.of(1994, 1, 1), Map.of("1994-01", 10, "1994-02", 20, "1994-03", 30));
		// the plan reached 10 % on 31 January: 59 days before 31 March
		assertThat(LagRules.daysBehind(item, YearMonth.of(1994, 3), BigDecimal.TEN)).isEqualTo(59);
		assertThat(LagRules.daysBehind(item, YearMonth.of(1994, 3), BigDecimal.valueOf(30))).isZero();
		assertThat(LagRules.daysBehind(item, YearMonth.of(1994, 3), BigDecimal.valueOf(45))).isZero();
	}

	@Test
	void tendersFollowTheProcurementRuleOtherTypesTheCitysRule() {
		TrackedItem slow = tender(2_000_000, LocalDate.of(1994, 1, 1), Map.of("1994-01", 10, "1994-02", 20, "1994-03", 30));
		assertThat(rules.classify(slow, YearMonth.of(1994, 3), BigDecimal.valueOf(20))).isEqualTo(LagClass.BEHIND);
		assertThat(rules.classify(slow, YearMonth.of(1994, 3), BigDecimal.TEN)).isEqualTo(LagClass.SERIOUSLY_BEHIND);
		// 25 points behind a steep plan is only 7 days behind: not seriously behind for a small procurement …
		TrackedItem steep = tender(2_000_000, LocalDate.of(1994, 3, 1), Map.of("1994-03", 100));
		assertThat(rules.classify(steep, YearMonth.of(1994, 3), BigDecimal.valueOf(75))).isEqualTo(LagClass.BEHIND);
		// … but it is for very large works
		TrackedItem large = tender(200_000_000, LocalDate.of(1994, 3, 1), Map.of("1994-03", 100));
		assertThat(rules.classify(large, YearMonth.of(1994, 3), BigDecimal.valueOf(90))).isEqualTo(LagClass.SERIOUSLY_BEHIND);
		TrackedItem project = withType(slow, TrackedItemType.SPECIAL_PROJECT);
		assertThat(rules.classify(project, YearMonth.of(1994, 3), BigDecimal.valueOf(20))).isEqualTo(LagClass.SERIOUSLY_BEHIND);
	}

	@Test
	void anOverdueCheckpointMakesATenderBehind() {
		TrackedItem item = tender(2_000_000, LocalDate.of(1994, 1, 1), Map.of("1994-01", 10, "1994-02", 20));
		TrackedItem withCheckpoint = new TrackedItem(0, item.type(), "N", "t", 1, List.of(), ControlLevel.CITY, "p",
				item.startDate(), item.endDate(), item.budgetTotal(), item.budgetTotal(), TrackedItemStatus.TRACKED, Map.of(),
				item.plannedProgress(), List.of(new TrackedItem.Checkpoint("決標", LocalDate.of(1994, 2, 27), null)), new TreeMap<>(), List.of(), 0);
		assertThat(rules.classify(withCheckpoint, YearMonth.of(1994, 2), BigDecimal.valueOf(25))).isEqualTo(LagClass.BEHIND);
		assertThat(rules.classify(item, YearMonth.of(1994, 2), BigDecimal.valueOf(25))).isEqualTo(LagClass.AHEAD);
	}

	private static TrackedItem tender(long budget, LocalDate start, Map<String, Integer> planned) {
		TreeMap<YearMonth, BigDecimal> plan = new TreeMap<>();
		planned.forEach((month, percent) -> plan.put(YearMonth.parse(month), BigDecimal.valueOf(percent)));
		return new TrackedItem(0, TrackedItemType.TENDER, "N", "t", 1, List.of(), ControlLevel.CITY, "p", start,
				start.plusYears(1), BigDecimal.valueOf(budget), BigDecimal.valueOf(budget), TrackedItemStatus.TRACKED, Map.of(),
				plan, List.of(), new TreeMap<>(), List.of(), 0);
	}

	private static TrackedItem withType(TrackedItem item, TrackedItemType type) {
		return new TrackedItem(0, type, "N", "t", 1, List.of(), ControlLevel.CITY, "p", item.startDate(), item.endDate(),
				item.budgetTotal(), item.budgetThisYear(), TrackedItemStatus.TRACKED, Map.of(), item.plannedProgress(),
				List.of(), new TreeMap<>(), List.of(), 0);
	}

}
