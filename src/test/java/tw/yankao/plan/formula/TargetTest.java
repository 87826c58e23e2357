package tw.yankao.plan.formula;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetTest {

	private static void reads(String text, String value, String unit, Target.Bound bound) {
		Target target = Target.parse(text);
		assertThat(target.text()).isEqualTo(text);
		assertThat(target.value()).as(text).isEqualByComparingTo(new BigDecimal(value));
		assertThat(target.unit()).as(text).isEqualTo(unit);
		assertThat(target.bound()).as(text).isEqualTo(bound);
	}

	@Test
	void readsTheTargetsOfTheSeeds() {
		reads("85%", "85", "%", Target.Bound.REACH);
		reads("4 次", "4", "次", Target.Bound.REACH);
		reads("90 項", "90", "項", Target.Bound.REACH);
		reads("1,000則", "1000", "則", Target.Bound.REACH);
		reads("3,420萬次", "34200000", "次", Target.Bound.REACH);
		reads("100,000人次", "100000", "人次", Target.Bound.REACH);
		reads("7.47%", "7.47", "%", Target.Bound.REACH);
	}

	@Test
	void readsBoundsInHalfAndFullWidth() {
		reads("≤120", "120", "", Target.Bound.AT_MOST);
		reads("≦１２０件", "120", "件", Target.Bound.AT_MOST);
		reads("≥85%", "85", "%", Target.Bound.AT_LEAST);
		reads("８５％以上", "85", "%", Target.Bound.AT_LEAST);
	}

	@Test
	void readsMilestoneLadders() {
		Target ladder = Target.parse("25%→50%→75%→100%");
		assertThat(ladder.ladder()).extracting(BigDecimal::intValue).containsExactly(25, 50, 75, 100);
		assertThat(ladder.value()).isEqualByComparingTo("100");
		assertThat(ladder.unit()).isEqualTo("%");
	}

	@Test
	void anUnreadableTargetKeepsItsTextAndHasNoValue() {
		Target target = Target.parse("完成系統建置");
		assertThat(target.isReadable()).isFalse();
		assertThat(target.text()).isEqualTo("完成系統建置");
		assertThat(Target.parse(null).isReadable()).isFalse();
		assertThat(Target.parse("").isReadable()).isFalse();
	}

}
