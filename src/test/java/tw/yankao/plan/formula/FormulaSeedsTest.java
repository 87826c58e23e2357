package tw.yankao.plan.formula;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The formulas and targets printed in the four seeds, copied into test fixtures. */
class FormulaSeedsTest {

	private static List<String[]> fixture(String name) throws IOException {
		try (InputStream in = FormulaSeedsTest.class.getResourceAsStream("/plan/formula/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t"))
				.collect(Collectors.toList());
		}
	}

	@Test
	void everySeedFormulaParsesWithItsMeasures() throws IOException {
		List<String[]> rows = fixture("seed-formulas.txt");
		assertThat(rows).hasSize(26);
		for (String[] row : rows) {
			Formula formula = Formula.parse(row[0]);
			assertThat(formula.reason()).as(row[0]).isEmpty();
			assertThat(formula.measures()).as(row[0]).isEqualTo(Arrays.asList(row[1].split("\\|")));
			assertThat(formula.isRatio()).as(row[0]).isEqualTo(row[0].contains("/"));
			assertThat(formula.isPercent()).as(row[0]).isEqualTo(row[0].endsWith("*100%"));
		}
	}

	@Test
	void everySeedFormulaEvaluatesWithAValuePerMeasure() throws IOException {
		for (String[] row : fixture("seed-formulas.txt")) {
			Formula formula = Formula.parse(row[0]);
			Map<String, BigDecimal> values = formula.measures().stream()
				.collect(Collectors.toMap(name -> name, name -> BigDecimal.valueOf(name.length())));
			assertThat(formula.evaluate(values).isComputed()).as(row[0]).isTrue();
		}
	}

	@Test
	void proseFormulasStayAsTextFlaggedForManualValues() throws IOException {
		List<String[]> rows = fixture("seed-prose.txt");
		assertThat(rows).hasSize(3);
		for (String[] row : rows) {
			Formula formula = Formula.parse(row[0]);
			assertThat(formula.isParsed()).as(row[0]).isFalse();
			assertThat(formula.text()).isEqualTo(row[0]);
			assertThat(formula.evaluate(Map.of()).problem()).isEqualTo(Evaluation.Problem.UNPARSED);
		}
	}

	@Test
	void everySeedTargetIsReadable() throws IOException {
		List<String[]> rows = fixture("seed-targets.txt");
		assertThat(rows).hasSize(31);
		for (String[] row : rows) {
			Target target = Target.parse(row[0]);
			assertThat(target.value()).as(row[0]).isEqualByComparingTo(row[1]);
			assertThat(target.bound()).as(row[0]).isEqualTo(Target.Bound.valueOf(row[2]));
		}
	}

	/** 003's review of 106: 89.05 % (187/210), 100 % (10/10), 7.47 % (48/643). */
	@Test
	void reproducesThePriorYearActualsOfSeed003() {
		assertThat(ratio("取得證照人數/受訓總人數*100%", 187, 210)).isEqualByComparingTo("89.05");
		assertThat(ratio("提供電子領標案件數/招標採購案件數*100%", 10, 10)).isEqualByComparingTo("100.00");
		assertThat(ratio("流廢標列管件數/招標總件數*100%", 48, 643)).isEqualByComparingTo("7.47");
		Formula noBids = Formula.parse("流廢標列管件數/招標總件數*100%");
		BigDecimal byName = noBids.evaluate(Map.of("流廢標列管件數", BigDecimal.valueOf(48), "招標總件數", BigDecimal.valueOf(643)))
			.value();
		assertThat(byName.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("7.47");
	}

	/** 002's execution rate: 2,504 / 2,722 = 91.99 % (DOMAIN.md). */
	@Test
	void reproducesTheExecutionRateOfSeed002() {
		assertThat(ratio("(超前或相符進度案件總數/繼續列管案件總數)*100%", 2504, 2722)).isEqualByComparingTo("91.99");
	}

	private static BigDecimal ratio(String text, long numerator, long denominator) {
		Formula formula = Formula.parse(text);
		BigDecimal byParts = formula.evaluateRatio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)).value();
		Map<String, BigDecimal> values = Map.of(
			formula.numerator().orElseThrow().text(), BigDecimal.valueOf(numerator),
			formula.denominator().orElseThrow().text(), BigDecimal.valueOf(denominator));
		assertThat(formula.evaluate(values).value()).isEqualByComparingTo(byParts);
		return byParts.setScale(2, RoundingMode.HALF_UP);
	}

}
