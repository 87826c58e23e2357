package tw.yankao.tracking.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.yankao.shared.profile.CityProfileLoader;
import tw.yankao.shared.profile.EvaluationRules;
import tw.yankao.shared.profile.EvaluationRules.Part;
import tw.yankao.shared.profile.EvaluationRules.Source;
import tw.yankao.tracking.TrackedItemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The Taichung rubric: parts per item type, the weighted score and the grade boundaries. */
class RubricTest {

	private final Rubric rubric = new Rubric(new CityProfileLoader().loadCity("taichung").tracking().evaluation());

	@ParameterizedTest
	@CsvSource({ "100, EXCELLENT", "90, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.99, FAIR", "70, FAIR",
			"69.99, POOR", "0, POOR" })
	void gradesStartAtTheirMinimumScore(BigDecimal score, String grade) {
		assertThat(rubric.grade(score).code()).isEqualTo(grade);
	}

	@Test
	void tendersAreScoredOnTheDefaultRubricAndCouncilResolutionsOnTheirOwn() {
		assertThat(rubric.parts(TrackedItemType.TENDER)).extracting(Part::code, p -> p.weight().intValue(), Part::source)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PROGRESS", 40, Source.COMPUTED),
					org.assertj.core.groups.Tuple.tuple("BUDGET_EXECUTION", 20, Source.COMPUTED),
					org.assertj.core.groups.Tuple.tuple("REPORTING_TIMELINESS", 20, Source.COMPUTED),
					org.assertj.core.groups.Tuple.tuple("COUNTERMEASURES", 20, Source.REVIEWER));
		assertThat(rubric.parts(TrackedItemType.COUNCIL_RESOLUTION)).extracting(Part::code)
			.containsExactly("PROGRESS", "REPORTING_TIMELINESS", "REPLY_QUALITY");
		assertThat(rubric.partName("REPLY_QUALITY", false)).isEqualTo("答復品質");
	}

	@Test
	void theScoreIsTheWeightedMeanOfThePartsRoundedHalfUp() {
		List<PartScore> parts = List.of(computed("PROGRESS", 40, "75"), computed("BUDGET_EXECUTION", 20, "50"),
				computed("REPORTING_TIMELINESS", 20, "75"), reviewer("COUNTERMEASURES", 20, "90"));
		assertThat(rubric.score(parts)).contains(new BigDecimal("73.00"));

		List<PartScore> thirds = List.of(computed("PROGRESS", 10, "100"), reviewer("COUNTERMEASURES", 20, "89.995"));
		// (1000 + 1799.9) / 30 = 93.33
		assertThat(rubric.score(thirds)).contains(new BigDecimal("93.33"));
	}

	@Test
	void aPartThatDoesNotApplyLeavesItsWeightToTheOthers() {
		List<PartScore> parts = List.of(computed("PROGRESS", 40, "100"), computed("BUDGET_EXECUTION", 20, null),
				computed("REPORTING_TIMELINESS", 20, "50"), reviewer("COUNTERMEASURES", 20, "80"));
		// (4000 + 1000 + 1600) / 80
		assertThat(rubric.score(parts)).contains(new BigDecimal("82.50"));
	}

	@Test
	void thereIsNoScoreWhileAReviewerPartIsMissing() {
		assertThat(rubric.score(List.of(computed("PROGRESS", 40, "100"), reviewer("COUNTERMEASURES", 20, null)))).isEmpty();
		assertThat(rubric.score(List.of(computed("PROGRESS", 40, null)))).isEmpty();
	}

	@Test
	void anOverrideForAnUnknownItemTypeFailsAtStartUp() {
		EvaluationRules rules = new CityProfileLoader().loadCity("taichung").tracking().evaluation();
		EvaluationRules misspelt = new EvaluationRules(rules.rubric(),
				java.util.Map.of("COUNCIL_RESOLUTIONS", rules.rubric()), rules.grades());
		assertThatIllegalStateException().isThrownBy(() -> new Rubric(misspelt))
			.withMessageContaining("rubricByType.COUNCIL_RESOLUTIONS");
	}

	private static PartScore computed(String code, int weight, String value) {
		return new PartScore(code, Source.COMPUTED, BigDecimal.valueOf(weight), value == null ? null : new BigDecimal(value));
	}

	private static PartScore reviewer(String code, int weight, String value) {
		return new PartScore(code, Source.REVIEWER, BigDecimal.valueOf(weight), value == null ? null : new BigDecimal(value));
	}

}
