package tw.yankao.plan.formula;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Random texts built from formula pieces: parsing and evaluating never throw. */
class FormulaFuzzTest {

	private static final String[] PIECES = {
		"(", ")", "（", "）", "+", "-", "－", "*", "＊", "×", "/", "／", "÷", "%", "％", "=", "：", " ", "　",
		"A", "B", "今年", "去年", "80分以上通數", "1,000", "3,420萬", "0", "0.5", "100", "≤", "→", ",", ".", "、", "\t"
	};

	@Test
	void randomTextsNeverThrow() {
		Random random = new Random(20_260_224);
		Map<String, BigDecimal> values = new HashMap<>();
		values.put("A", BigDecimal.valueOf(3));
		values.put("B", BigDecimal.ZERO);
		values.put("今年", BigDecimal.valueOf(108));
		int parsed = 0;
		for (int i = 0; i < 5_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(12);
			for (int j = 0; j < length; j++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String sample = text.toString();
			assertThatCode(() -> {
				Formula formula = Formula.parse(sample);
				formula.evaluate(values);
				formula.measures();
				formula.numerator();
				formula.canonical();
				if (formula.isRatio()) {
					formula.evaluateRatio(BigDecimal.ONE, BigDecimal.ZERO);
				}
			}).as(sample).doesNotThrowAnyException();
			parsed += Formula.parse(sample).isParsed() ? 1 : 0;
		}
		// the generator must produce real formulas too, or the test proves little
		assertThat(parsed).isGreaterThan(100);
	}

	@Test
	void theCanonicalTextOfAParsedFormulaParsesToTheSameValue() {
		Random random = new Random(1911);
		Map<String, BigDecimal> values = Map.of("A", BigDecimal.valueOf(7), "B", BigDecimal.valueOf(2));
		for (int i = 0; i < 5_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(10);
			for (int j = 0; j < length; j++) {
				text.append(PIECES[random.nextInt(20) < 11 ? random.nextInt(11) : 19 + random.nextInt(2)]);
			}
			Formula formula = Formula.parse(text.toString());
			if (formula.isParsed()) {
				Evaluation original = formula.evaluate(values);
				Evaluation again = Formula.parse(formula.canonical()).evaluate(values);
				assertThat(again.problem()).as(text + " → " + formula.canonical()).isEqualTo(original.problem());
				if (original.isComputed()) {
					assertThat(again.value()).as(text + " → " + formula.canonical()).isEqualByComparingTo(original.value());
				}
			}
		}
	}

	@Test
	void hugeValuesAreOutOfRangeNotAnException() {
		Map<String, BigDecimal> values = Map.of("A", new BigDecimal("1E+2147483600"));
		Evaluation evaluation = Formula.parse("A*A").evaluate(values);
		assertThat(evaluation.problem()).isEqualTo(Evaluation.Problem.OUT_OF_RANGE);
		AchievementRate rate = AchievementRate.of(Target.parse("0." + "0".repeat(99) + "1"), new BigDecimal("1E+2147483640"), null);
		assertThat(rate.isComputable()).isFalse();
	}

}
