package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyKind;

/** {@code plan import}, run as the command line would, with a directory of one agency. */
class PlanImportCommandTest {

	private static final Agency SECRETARIAT = new Agency(7, "387000000C", 1L, AgencyKind.values()[0], "臺中市政府秘書處",
			"Secretariat", LocalDate.of(2010, 12, 25), null, 1);

	@TempDir
	Path dir;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void dryRunPrintsTheRecognisedStructureAsOneJsonObject() throws Exception {
		Path file = seed(Seeds.SECRETARIAT_107);

		int exit = run("plan", "import", file.toString(), "--dry-run", "--json");

		assertThat(exit).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(output());
		assertThat(json.get("year").asInt()).isEqualTo(107);
		assertThat(json.get("goals").size()).isEqualTo(3);
		assertThat(json.at("/goals/2/indicators/0/target/text").asString()).isEqualTo("≤120");
		assertThat(json.at("/goals/2/indicators/0/direction").asString()).isEqualTo("LOWER_IS_BETTER");
	}

	@Test
	void agencyAndYearOverrideTheText() throws Exception {
		Path file = seed(Seeds.RDEC_107);

		int exit = run("plan", "import", file.toString(), "--agency", "387000000C", "--year=108", "--dry-run", "--json");

		assertThat(exit).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(output());
		assertThat(json.at("/agency/code").asString()).isEqualTo("387000000C");
		assertThat(json.at("/agency/name").asString()).isEqualTo("臺中市政府秘書處");
		assertThat(json.get("year").asInt()).isEqualTo(108);
	}

	@Test
	void anUnknownAgencyIsAUsageErrorNamingTheCode() throws Exception {
		Path file = seed(Seeds.RDEC_107);

		assertThatThrownBy(() -> run("plan", "import", file.toString(), "--agency", "NOPE", "--dry-run"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("NOPE");
	}

	@Test
	void withoutDryRunItSaysSavingIsNotAvailableAndFails() throws Exception {
		Path file = seed(Seeds.RDEC_105);

		assertThat(run("plan", "import", file.toString())).isEqualTo(1);
		assertThat(output()).contains("saving plans is not available yet");
	}

	@Test
	void aFileThatIsNotAPlanFailsWithAClearMessage() throws Exception {
		Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
		Path prose = Files.writeString(dir.resolve("prose.txt"), "今天天氣很好。\n");

		assertThat(run("plan", "import", empty.toString(), "--dry-run")).isEqualTo(1);
		assertThat(run("plan", "import", prose.toString(), "--dry-run")).isEqualTo(1);
		assertThat(run("plan", "import", dir.resolve("missing.txt").toString(), "--dry-run")).isEqualTo(1);
		assertThat(output()).contains("empty.txt: the file is empty", "prose.txt: the text does not look like a plan",
				"missing.txt: no such file");
	}

	@Test
	void aDryRunWithoutJsonPrintsASummary() throws Exception {
		Path file = seed(Seeds.RDEC_109);

		assertThat(run("plan", "import", file.toString(), "--dry-run")).isZero();
		assertThat(output()).contains("12 objectives", "13 work plans, 32 programme items", "lines 5-11");
	}

	private int run(String... args) throws Exception {
		PlanImportCommand command = new PlanImportCommand(new OneAgency(), new DefaultApplicationArguments(args));
		List<String> words = List.of(args).stream().filter(a -> !a.startsWith("--")).skip(2).toList();
		return command.run(words, new PrintStream(output, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return output.toString(StandardCharsets.UTF_8);
	}

	private Path seed(String name) throws Exception {
		return Files.write(dir.resolve(name), Seeds.bytes(name));
	}

	private static final class OneAgency implements AgencyDirectory {

		@Override
		public Optional<Agency> findById(long id) {
			return Optional.of(SECRETARIAT).filter(a -> a.id() == id);
		}

		@Override
		public Optional<Agency> findByCode(String code) {
			return Optional.of(SECRETARIAT).filter(a -> a.code().equals(code));
		}

		@Override
		public List<Agency> all() {
			return List.of(SECRETARIAT);
		}

		@Override
		public Set<Long> subtree(long agencyId) {
			return Set.of(agencyId);
		}

	}

}
