package tw.yankao.tracking.reminders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.yankao.shared.profile.CityProfileException;
import tw.yankao.shared.profile.CityProfileLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The profile refuses reminder rules that cannot be scheduled, naming the rule. */
class ReminderRulesProfileTest {

	@TempDir
	Path dir;

	@Test
	void aRuleWithBothOffsetsIsNamed() throws IOException {
		List<CityProfileException.Problem> problems = problems("      daysAfterDue: 1                   # assumed\n",
				"      daysAfterDue: 1\n      daysBeforeDue: 1\n");
		assertThat(problems).extracting(CityProfileException.Problem::key).containsExactly("tracking.reminders[1].oneOffset");
		assertThat(problems.get(0).reason()).contains("exactly one of daysBeforeDue and daysAfterDue");
	}

	@Test
	void twoRulesWithOneCodeAreRefused() throws IOException {
		List<CityProfileException.Problem> problems = problems("code: AFTER_DUE", "code: BEFORE_DUE");
		assertThat(problems).extracting(CityProfileException.Problem::key).containsExactly("tracking.reminderCodesUnique");
	}

	@Test
	void anUnknownKeyInARuleIsNamed() throws IOException {
		List<CityProfileException.Problem> problems = problems("escalateToHead: true", "escalateToHead: true\n      toMayor: true");
		assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.key()).contains("reminders[2]"));
	}

	private List<CityProfileException.Problem> problems(String from, String to) throws IOException {
		String shipped;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("profiles/taichung.yml")) {
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(shipped).contains(from);
		Path file = dir.resolve("taichung.yml");
		Files.writeString(file, shipped.replace(from, to));
		return catchThrowableOfType(CityProfileException.class, () -> new CityProfileLoader().load(file)).problems();
	}

}
