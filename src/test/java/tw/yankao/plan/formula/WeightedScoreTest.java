package tw.yankao.plan.formula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeightedScoreTest {

	private static final BigDecimal CAP_100 = BigDecimal.valueOf(100);
	private static final BigDecimal CAP_120 = BigDecimal.valueOf(120);

	private static WeightedScore.Entry entry(String name, Integer weight, String percent) {
		return new WeightedScore.Entry(name, weight == null ? null : BigDecimal.valueOf(weight),
			percent == null ? null : new BigDecimal(percent), percent == null ? "no actual value" : null);
	}

	private static BigDecimal rounded(WeightedScore score) {
		return score.score().setScale(2, RoundingMode.HALF_UP);
	}

	/** 003's goal 二 weighs 40 % over indicators of 15, 10 and 15: weights need not sum to 100. */
	@Test
	void weightsAreUsedAsWrittenWithoutSummingTo100() {
		WeightedScore goal = WeightedScore.of(List.of(
			entry("及格率", 15, "100"), entry("電子領標達成率", 10, "100"), entry("流廢標下降率", 15, "80")), CAP_100);
		assertThat(rounded(goal)).isEqualByComparingTo("92.50");
		assertThat(goal.weight()).isEqualByComparingTo("40");
		assertThat(goal.counted()).containsExactly("及格率", "電子領標達成率", "流廢標下降率");
		assertThat(goal.excluded()).isEmpty();
		assertThat(goal.equalWeights()).isFalse();
	}

	@Test
	void eachAchievementIsCappedBeforeWeighting() {
		List<WeightedScore.Entry> entries = List.of(entry("a", 1, "180"), entry("b", 1, "60"));
		assertThat(rounded(WeightedScore.of(entries, CAP_100))).isEqualByComparingTo("80");
		assertThat(rounded(WeightedScore.of(entries, CAP_120))).isEqualByComparingTo("90");
		assertThat(rounded(WeightedScore.of(entries, null))).isEqualByComparingTo("120");
	}

	@Test
	void unreadableAndUnweightedIndicatorsAreExcludedAndReported() {
		WeightedScore goal = WeightedScore.of(List.of(
			entry("a", 7, "100"), entry("b", 3, "50"), entry("prose", 10, null), entry("unweighted", null, "0"),
			entry("zero", 0, "0")), CAP_100);
		assertThat(rounded(goal)).isEqualByComparingTo("85");
		assertThat(goal.counted()).containsExactly("a", "b");
		assertThat(goal.excluded()).extracting(WeightedScore.Exclusion::name).containsExactly("prose", "unweighted", "zero");
		assertThat(goal.excluded().get(0).reason()).isEqualTo("no actual value");
		assertThat(goal.excluded().get(1).reason()).isEqualTo("no weight");
	}

	@Test
	void withoutAnyWeightEveryComputableEntryCountsEqually() {
		WeightedScore goal = WeightedScore.of(List.of(entry("a", null, "100"), entry("b", null, "50"),
			entry("c", null, null)), CAP_100);
		assertThat(rounded(goal)).isEqualByComparingTo("75");
		assertThat(goal.equalWeights()).isTrue();
		assertThat(goal.excluded()).extracting(WeightedScore.Exclusion::name).containsExactly("c");
	}

	@Test
	void nothingScorableGivesNoScoreRatherThanAnError() {
		WeightedScore none = WeightedScore.of(List.of(entry("a", 5, null)), CAP_100);
		assertThat(none.isComputable()).isFalse();
		assertThat(none.score()).isNull();
		assertThat(WeightedScore.of(List.of(), CAP_100).isComputable()).isFalse();
		assertThat(WeightedScore.of(null, CAP_100).isComputable()).isFalse();
		List<WeightedScore.Entry> withNull = new ArrayList<>(Arrays.asList(entry("a", 1, "40"), null));
		WeightedScore score = WeightedScore.of(withNull, CAP_100);
		assertThat(score.score()).isEqualByComparingTo("40");
		assertThat(score.excluded()).hasSize(1);
	}

	/** 003 as printed: goals of 15, 40 and 15 (70 %, the business share); (15×50 + 40×100) ÷ 55. */
	@Test
	void anAgencyScoresOverItsGoalsFromAchievementRates() {
		WeightedScore volunteers = WeightedScore.of(List.of(WeightedScore.Entry.of("志工人數成長比例", BigDecimal.valueOf(15),
			AchievementRate.of(Target.parse("8%"), BigDecimal.valueOf(4), CAP_100))), CAP_100);
		WeightedScore procurement = WeightedScore.of(List.of(
			WeightedScore.Entry.of("及格率", BigDecimal.valueOf(15),
				AchievementRate.of(Target.parse("82%"), new BigDecimal("89.05"), CAP_100)),
			WeightedScore.Entry.of("電子領標達成率", BigDecimal.valueOf(10),
				AchievementRate.of(Target.parse("100%"), BigDecimal.valueOf(100), CAP_100)),
			WeightedScore.Entry.of("流廢標下降率", BigDecimal.valueOf(15),
				AchievementRate.of(Target.parse("12%"), new BigDecimal("7.47"), Polarity.LOWER_IS_BETTER, CAP_100))), CAP_100);
		WeightedScore safety = WeightedScore.of(List.of(WeightedScore.Entry.of("缺失件數", BigDecimal.valueOf(15),
			AchievementRate.of(Target.parse("完成"), BigDecimal.ONE, CAP_100))), CAP_100);
		assertThat(rounded(volunteers)).isEqualByComparingTo("50");
		assertThat(rounded(procurement)).isEqualByComparingTo("100");
		assertThat(safety.isComputable()).isFalse();
		WeightedScore agency = WeightedScore.of(List.of(
			WeightedScore.Entry.of("推動本處志願服務工作", BigDecimal.valueOf(15), volunteers),
			WeightedScore.Entry.of("強化採購專業智識", BigDecimal.valueOf(40), procurement),
			WeightedScore.Entry.of("安全的辦公環境", BigDecimal.valueOf(15), safety)), CAP_100);
		assertThat(rounded(agency)).isEqualByComparingTo("86.36");
		assertThat(agency.weight()).isEqualByComparingTo("55");
		assertThat(agency.excluded()).extracting(WeightedScore.Exclusion::name).containsExactly("安全的辦公環境");
	}

}
