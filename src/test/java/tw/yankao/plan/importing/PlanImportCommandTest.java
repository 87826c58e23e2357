package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanConflict;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.PlanManagement;

/** {@code plan import}, run as the command line would, with a directory of one agency. */
class PlanImportCommandTest {

	private static final Agency SECRETARIAT = new Agency(7, "387000000C", 1L, AgencyKind.values()[0], "臺中市政府秘書處",
			"Secretariat", LocalDate.of(2010, 12, 25), null, 1);

	@TempDir
	Path dir;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final RecordingPlans plans = new RecordingPlans();

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
	void withoutDryRunItSavesADraftForTheAgencyTheTextNamesAndReportsIdAndCounts() throws Exception {
		Path file = seed(Seeds.SECRETARIAT_107);

		assertThat(run("plan", "import", file.toString())).isZero();

		assertThat(plans.saved).containsExactly(new RecordingPlans.Saved(7, 107, Seeds.SECRETARIAT_107, 3));
		assertThat(output()).contains("saved as draft plan 42 of 387000000C", "strategic goals");
	}

	@Test
	void agencyAndYearOptionsDecideWhereThePlanIsSaved() throws Exception {
		Path file = seed(Seeds.RDEC_105);

		assertThat(run("plan", "import", file.toString(), "--agency=387000000C", "--year", "120")).isZero();

		assertThat(plans.saved).extracting(RecordingPlans.Saved::agencyId, RecordingPlans.Saved::rocYear)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(7L, 120));
	}

	@Test
	void aTextNamingAnAgencyNotInTheDirectoryIsAUsageErrorAndSavesNothing() throws Exception {
		Path file = seed(Seeds.RDEC_105);

		assertThat(run("plan", "import", file.toString())).isEqualTo(2);

		assertThat(plans.saved).isEmpty();
		assertThat(output()).contains("no agency in the directory is named 臺中市政府研究發展考核委員會", "--agency CODE");
	}

	@Test
	void aTextWithoutYearNeedsTheYearOption() throws Exception {
		Path file = Files.writeString(dir.resolve("no-year.txt"), Files.readString(seed(Seeds.SECRETARIAT_107))
			.replace("107 年度施政計畫", "年度施政計畫"));

		assertThat(run("plan", "import", file.toString(), "--agency", "387000000C")).isEqualTo(2);

		assertThat(plans.saved).isEmpty();
		assertThat(output()).contains("does not say its year", "--year N");
	}

	@Test
	void aPlanThatMayNotBeReplacedFailsNamingTheConflict() throws Exception {
		Path file = seed(Seeds.SECRETARIAT_107);
		plans.conflict = new AnnualPlanConflict("387000000C already has a plan for ROC year 107 (id 9, APPROVED)",
				new AnnualPlanId(9));

		assertThat(run("plan", "import", file.toString())).isEqualTo(1);

		assertThat(output()).contains("already has a plan for ROC year 107 (id 9, APPROVED)", "nothing was saved");
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
		PlanImportCommand command = new PlanImportCommand(new OneAgency(), plans, new DefaultApplicationArguments(args));
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

	/** Records what the command saves; plan ids are 42. */
	private static final class RecordingPlans implements PlanManagement {

		record Saved(long agencyId, int rocYear, String sourceName, int goals) {
		}

		final List<Saved> saved = new ArrayList<>();

		AnnualPlanConflict conflict;

		@Override
		public AnnualPlanId saveDraft(ImportedPlan plan, long agencyId, int rocYear, String sourceName) {
			if (conflict != null) {
				throw conflict;
			}
			saved.add(new Saved(agencyId, rocYear, sourceName, plan.goals().size()));
			return new AnnualPlanId(42);
		}

		@Override
		public Optional<AnnualPlan> find(AnnualPlanId id) {
			return Optional.empty();
		}

		@Override
		public List<AnnualPlanSummary> plansOf(long agencyId) {
			return List.of();
		}

	}

}
