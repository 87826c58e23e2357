package tw.yankao.plan.achievement;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import tw.yankao.plan.formula.Formula;
import tw.yankao.shared.web.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ActualValueTest {

	private static final Formula RATIO = Formula.parse("取得證照人數/受訓總人數*100%");
	private static final Formula PROSE = Formula.parse("辦理智慧城市示範區推動規劃(第二階段)");

	@Test
	void computesTheActualFromNumeratorAndDenominatorWithTheFormula() {
		ActualValue value = ActualValue.read(RATIO, "", "187", "210");
		assertThat(value.actual()).isEqualByComparingTo("89.0476");
		assertThat(value.numerator()).isEqualByComparingTo("187");
		assertThat(value.denominator()).isEqualByComparingTo("210");
	}

	@Test
	void acceptsATypedActualThatAgreesAndNumbersAsPeopleTypeThem() {
		assertThat(ActualValue.read(RATIO, "89.05", "1,87", "210").actual()).isNotNull();
		assertThat(ActualValue.read(PROSE, "１２３", "", "").actual()).isEqualByComparingTo(new BigDecimal("123"));
		assertThat(ActualValue.read(PROSE, "7.47%", null, null).actual()).isEqualByComparingTo("7.47");
	}

	@Test
	void namesTheFieldOfEveryMistake() {
		assertThat(field(RATIO, "abc", "", "")).isEqualTo("actual:achievement.number");
		assertThat(field(RATIO, "", "187", "")).isEqualTo("denominator:achievement.denominator.required");
		assertThat(field(RATIO, "", "", "210")).isEqualTo("numerator:achievement.numerator.required");
		assertThat(field(RATIO, "", "187", "0")).isEqualTo("denominator:achievement.denominator.zero");
		assertThat(field(RATIO, "", "", "")).isEqualTo("actual:achievement.actual.required");
		assertThat(field(RATIO, "95", "187", "210")).isEqualTo("actual:achievement.actual.mismatch");
		assertThat(field(PROSE, "", "3", "4")).isEqualTo("numerator:achievement.ratio.none");
	}

	@Test
	void reportsEveryBadNumberAtOnce() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> ActualValue.read(RATIO, "x", "y", "z"));
		assertThat(invalid.errors()).extracting(InvalidInput.FieldError::field)
			.containsExactly("actual", "numerator", "denominator");
	}

	private static String field(Formula formula, String actual, String numerator, String denominator) {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> ActualValue.read(formula, actual, numerator, denominator));
		assertThat(invalid).as("refused").isNotNull();
		InvalidInput.FieldError error = invalid.errors().get(0);
		return error.field() + ":" + error.messageKey();
	}

}
