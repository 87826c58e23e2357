package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import tw.yankao.plan.importing.ImportedPlan.Direction;
import tw.yankao.plan.importing.ImportedPlan.Goal;
import tw.yankao.plan.importing.ImportedPlan.Indicator;

/** The seeds as Word and OpenDocument files read exactly as their text: same plan, same report. */
class PlanDocumentSeedTest {

	private final PlanFileImport planImport = new PlanFileImport();

	static String[] seeds() {
		return Seeds.ALL;
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void aSeedAsDocxReadsAsItsText(String seed) {
		assertReadsAsText(seed, PlanDocuments::docx, PlanFormat.DOCX);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void aSeedAsOdtReadsAsItsText(String seed) {
		assertReadsAsText(seed, PlanDocuments::odt, PlanFormat.ODT);
	}

	@Test
	void secretariat107AsDocxHasThreeGoalsFiveIndicatorsOneLowerIsBetter() {
		byte[] docx = PlanDocuments.docx(text(Seeds.SECRETARIAT_107));

		ImportReport report = planImport.read(docx);

		assertThat(report.format()).isEqualTo(PlanFormat.DOCX);
		assertThat(report.plan().goals()).extracting(Goal::weight).map(BigDecimal::intValue).containsExactly(15, 40, 15);
		assertThat(report.plan().goals()).flatExtracting(Goal::indicators).hasSize(5)
			.filteredOn(indicator -> indicator.direction() == Direction.LOWER_IS_BETTER)
			.singleElement()
			.extracting(Indicator::target)
			.satisfies(target -> {
				assertThat(target.text()).isEqualTo("≤120");
				assertThat(target.value()).isEqualByComparingTo("120");
			});
	}

	private void assertReadsAsText(String seed, Function<String, byte[]> document, PlanFormat format) {
		ImportedPlan fromText = planImport.read(Seeds.bytes(seed)).plan();

		ImportReport fromDocument = planImport.read(document.apply(text(seed)));

		assertThat(fromDocument.format()).isEqualTo(format);
		assertThat(fromDocument.plan()).isEqualTo(fromText);
	}

	private static String text(String seed) {
		return new String(Seeds.bytes(seed), StandardCharsets.UTF_8);
	}

}
