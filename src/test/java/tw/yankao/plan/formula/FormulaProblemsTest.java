package tw.yankao.plan.formula;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaProblemsTest {

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = {
		"(A/B", "A//B", "A/B)", "()", "A B", "*A", "A/", "A/B%", "%", "1,2", "3,420萬次", "A=", "=A",
		"辦理智慧城市示範區推動規劃(第二階段)", "完成系統建置。", "A/B*100%%", "A+（B", "   ", "≤120"
	})
	void badInputIsKeptAsTextWithAReason(String text) {
		Formula formula = Formula.parse(text);
		assertThat(formula.isParsed()).as(text).isFalse();
		assertThat(formula.reason()).as(text).isPresent();
		assertThat(formula.text()).isEqualTo(text == null ? "" : text);
		assertThat(formula.measures()).isEmpty();
		assertThat(formula.isRatio()).isFalse();
		Evaluation evaluation = formula.evaluate(Map.of("A", BigDecimal.ONE));
		assertThat(evaluation.isComputed()).isFalse();
		assertThat(evaluation.problem()).isEqualTo(Evaluation.Problem.UNPARSED);
	}

	@Test
	void reasonsSayWhere() {
		assertThat(Formula.parse("(A/B").reason()).contains("'(' at 1 is never closed");
		assertThat(Formula.parse("A//B").reason()).contains("unexpected '/' at 3");
		assertThat(Formula.parse("").reason()).contains("empty formula");
	}

	@Test
	void deepNestingIsRefusedNotAStackOverflow() {
		String deep = "(".repeat(10_000) + "A" + ")".repeat(10_000);
		assertThat(Formula.parse(deep).isParsed()).isFalse();
		assertThat(Formula.parse("-".repeat(10_000) + "A").isParsed()).isFalse();
	}

	@Test
	void aMissingMeasureIsNamed() {
		Evaluation evaluation = Formula.parse("(A/B)*100%").evaluate(Map.of("A", BigDecimal.ONE));
		assertThat(evaluation.problem()).isEqualTo(Evaluation.Problem.MISSING_MEASURE);
		assertThat(evaluation.detail()).isEqualTo("B");
		assertThat(evaluation.value()).isNull();
		assertThat(Formula.parse("A").evaluate(null).problem()).isEqualTo(Evaluation.Problem.MISSING_MEASURE);
	}

	@Test
	void aZeroDenominatorIsReportedNotThrown() {
		Evaluation evaluation = Formula.parse("流廢標列管件數/招標總件數*100%")
			.evaluate(Map.of("流廢標列管件數", BigDecimal.ZERO, "招標總件數", BigDecimal.ZERO));
		assertThat(evaluation.problem()).isEqualTo(Evaluation.Problem.DIVISION_BY_ZERO);
		assertThat(Formula.parse("A/B*100%").evaluateRatio(BigDecimal.ONE, BigDecimal.ZERO).problem())
			.isEqualTo(Evaluation.Problem.DIVISION_BY_ZERO);
	}

	@Test
	void evaluateRatioNeedsARatioAndBothParts() {
		assertThat(Formula.parse("A+B").evaluateRatio(BigDecimal.ONE, BigDecimal.ONE).problem())
			.isEqualTo(Evaluation.Problem.UNPARSED);
		assertThat(Formula.parse("A/B").evaluateRatio(null, BigDecimal.ONE).problem())
			.isEqualTo(Evaluation.Problem.MISSING_MEASURE);
	}

}
