package tw.yankao.plan.formula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaTest {

	private static BigDecimal value(Formula formula, Map<String, BigDecimal> values) {
		Evaluation evaluation = formula.evaluate(values);
		assertThat(evaluation.isComputed()).as(formula.text() + " " + evaluation).isTrue();
		return evaluation.value();
	}

	private static Map<String, BigDecimal> of(String name1, long value1, String name2, long value2) {
		return Map.of(name1, BigDecimal.valueOf(value1), name2, BigDecimal.valueOf(value2));
	}

	@Test
	void readsARatioInPercentWithItsMeasuresInOrder() {
		Formula formula = Formula.parse("(獲獎研究報告成果採行件數/獲獎研究報告件數)*100%");
		assertThat(formula.isParsed()).isTrue();
		assertThat(formula.reason()).isEmpty();
		assertThat(formula.measures()).containsExactly("獲獎研究報告成果採行件數", "獲獎研究報告件數");
		assertThat(formula.isPercent()).isTrue();
		assertThat(formula.isRatio()).isTrue();
		assertThat(formula.numerator().orElseThrow().measures()).containsExactly("獲獎研究報告成果採行件數");
		assertThat(formula.denominator().orElseThrow().text()).isEqualTo("獲獎研究報告件數");
		assertThat(value(formula, of("獲獎研究報告成果採行件數", 3, "獲獎研究報告件數", 4))).isEqualByComparingTo("75");
	}

	@Test
	void readsAGrowthRateWhoseNumeratorIsADifference() {
		Formula formula = Formula.parse("(今年-去年)/去年*100%");
		assertThat(formula.measures()).containsExactly("今年", "去年");
		assertThat(formula.isRatio()).isTrue();
		assertThat(formula.numerator().orElseThrow().text()).isEqualTo("今年-去年");
		assertThat(formula.numerator().orElseThrow().measures()).containsExactly("今年", "去年");
		assertThat(value(formula, of("今年", 108, "去年", 100))).isEqualByComparingTo("8");
		assertThat(value(formula, of("今年", 97, "去年", 100))).isEqualByComparingTo("-3");
	}

	@Test
	void dividesBeforeMultiplyingWithoutParentheses() {
		Formula formula = Formula.parse("取得證照人數/受訓總人數*100%");
		assertThat(formula.isRatio()).isTrue();
		assertThat(formula.numerator().orElseThrow().text()).isEqualTo("取得證照人數");
		assertThat(value(formula, of("取得證照人數", 187, "受訓總人數", 210)).setScale(2, RoundingMode.HALF_UP))
			.isEqualByComparingTo("89.05");
	}

	@Test
	void keepsALabelApartAndReadsNamesStartingWithDigits() {
		Formula formula = Formula.parse("合格率=(80分以上通數/總測試通數)*100%");
		assertThat(formula.label()).isEqualTo("合格率");
		assertThat(formula.measures()).containsExactly("80分以上通數", "總測試通數");
		assertThat(value(formula, of("80分以上通數", 17, "總測試通數", 20))).isEqualByComparingTo("85");
		assertThat(Formula.parse("合格率：A/B").label()).isEqualTo("合格率");
	}

	@ParameterizedTest
	@ValueSource(strings = {
		"（Ａ／Ｂ）＊１００％", "( A / B ) × 100 ％", "A÷B*100%", "（A/B）×100%", "  A /B* 100%  ", "合格率＝（A／B）＊100％"
	})
	void readsFullWidthAndSpacedVariants(String text) {
		Formula formula = Formula.parse(text);
		assertThat(formula.reason()).as(text).isEmpty();
		assertThat(formula.measures()).as(text).containsExactly("A", "B");
		assertThat(formula.isPercent()).as(text).isTrue();
		assertThat(value(formula, of("A", 1, "B", 4))).isEqualByComparingTo("25");
	}

	@Test
	void readsFullWidthMinusAndPlus() {
		Formula formula = Formula.parse("（今年－去年＋０）／去年＊100％");
		assertThat(value(formula, of("今年", 120, "去年", 100))).isEqualByComparingTo("20");
	}

	@Test
	void readsNumbersWithSeparatorsNestingAndUnaryMinus() {
		assertThat(value(Formula.parse("1,000+2,500.5"), Map.of())).isEqualByComparingTo("3500.5");
		assertThat(value(Formula.parse("3,420萬"), Map.of())).isEqualByComparingTo("34200000");
		assertThat(value(Formula.parse("((A+B)*(A-(B-1)))/2"), of("A", 3, "B", 1))).isEqualByComparingTo("6");
		assertThat(value(Formula.parse("-A+-(B)"), of("A", 3, "B", 1))).isEqualByComparingTo("-4");
		assertThat(value(Formula.parse("A--B"), of("A", 3, "B", 1))).isEqualByComparingTo("4");
	}

	@Test
	void aPlainMeasureIsAFormulaOfOneMeasureButNoRatio() {
		Formula formula = Formula.parse("每年有關反映公共安全之缺失件數");
		assertThat(formula.isParsed()).isTrue();
		assertThat(formula.measures()).containsExactly("每年有關反映公共安全之缺失件數");
		assertThat(formula.isRatio()).isFalse();
		assertThat(formula.isPercent()).isFalse();
		assertThat(formula.numerator()).isEmpty();
		assertThat(value(formula, Map.of("每年有關反映公共安全之缺失件數", BigDecimal.valueOf(63)))).isEqualByComparingTo("63");
	}

	@Test
	void aRatioWithoutPercentIsAShareNotAPercent() {
		Formula formula = Formula.parse("A/B");
		assertThat(formula.isRatio()).isTrue();
		assertThat(formula.isPercent()).isFalse();
		assertThat(value(formula, of("A", 1, "B", 4))).isEqualByComparingTo("0.25");
		assertThat(Formula.parse("A/B*100").isPercent()).isFalse();
		assertThat(Formula.parse("(A+B)*100%").isRatio()).isFalse();
	}

	@Test
	void repeatedMeasuresAreListedOnce() {
		assertThat(Formula.parse("(A-B)/B*100%").measures()).containsExactly("A", "B");
	}

	@Test
	void canonicalTextKeepsTheMeaning() {
		assertThat(Formula.parse("（A－（B－C））／（D／E）").canonical()).isEqualTo("(A-(B-C))/(D/E)");
		assertThat(Formula.parse("A/B*100%").canonical()).isEqualTo("A/B*100%");
		assertThat(Formula.parse("A-(-B)").canonical()).isEqualTo("A-(-B)");
	}

}
