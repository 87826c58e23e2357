package tw.yankao.shared.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The year-end evaluation's section of the profile is read strictly like every other. */
class EvaluationRulesTest {

	private final CityProfileLoader loader = new CityProfileLoader();

	@TempDir
	Path dir;

	@Test
	void taichungGradesAreBestFirstWithTheirRewards() {
		EvaluationRules rules = loader.loadCity("taichung").tracking().evaluation();
		assertThat(rules.grades()).extracting(EvaluationRules.Grade::nameZh).containsExactly("優等", "甲等", "乙等", "丙等");
		assertThat(rules.grades().get(0).actions()).extracting(EvaluationRules.Action::nameZh, EvaluationRules.Action::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("嘉獎", 2));
		assertThat(rules.grades().get(3).actions().get(0).kind()).isEqualTo(EvaluationRules.ActionKind.PENALTY);
	}

	@Test
	void gradesOutOfOrderAreRefused() throws IOException {
		assertThat(problems("minScore: 80", "minScore: 95")).contains("grade minimum scores must descend strictly");
	}

	@Test
	void aLastGradeAboveZeroIsRefused() throws IOException {
		assertThat(problems("minScore: 0", "minScore: 10")).contains("the last grade's minimum score must be 0");
	}

	@Test
	void aWeightMustBePositive() throws IOException {
		assertThat(problems("weight: 40, source: COMPUTED}\n      - {code: BUDGET", "weight: 0, source: COMPUTED}\n      - {code: BUDGET"))
			.contains("tracking.evaluation.rubric[0].weight");
	}

	@Test
	void aComputedPartNeedsAComputation() throws IOException {
		assertThat(problems("weight: 20, source: REVIEWER}\n    rubricByType", "weight: 20, source: COMPUTED}\n    rubricByType"))
			.contains("a COMPUTED part must be one of");
	}

	@Test
	void anUnknownKeyIsNamed() throws IOException {
		assertThat(problems("    grades:", "    gradez:")).contains("tracking.evaluation.gradez");
	}

	private String problems(String find, String replace) throws IOException {
		String shipped;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("profiles/taichung.yml")) {
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(shipped).contains(find);
		Path file = Files.writeString(dir.resolve("city.yml"), shipped.replaceFirst(java.util.regex.Pattern.quote(find),
				java.util.regex.Matcher.quoteReplacement(replace)));
		CityProfileException ex = catchThrowableOfType(CityProfileException.class, () -> loader.load(file));
		assertThat(ex).isNotNull();
		return ex.problems().toString();
	}

}
