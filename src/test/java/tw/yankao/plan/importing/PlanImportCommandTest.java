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
import java.util.function.UnaryOperator;

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
import tw.yankao.plan.EditablePlan;
import tw.yankao.plan.MediumTermPlan;
import tw.yankao.plan.MediumTermPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanQuery;

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
	void docxAndOdtGiveTheSameJsonAsTheirTextWhateverTheFileIsCalled() throws Exception {
		String text = new String(Seeds.bytes(Seeds.RDEC_105), StandardCharsets.UTF_8);
		Path docx = Files.write(dir.resolve("plan.txt"), PlanDocuments.docx(text));
		Path odt = Files.write(dir.resolve("plan"), PlanDocuments.odt(text));

		assertThat(run("plan", "import", seed(Seeds.RDEC_105).toString(), "--dry-run", "--json")).isZero();
		String fromText = output();
		output.reset();
		assertThat(run("plan", "import", docx.toString(), "--dry-run", "--json")).isZero();
		String fromDocx = output();
		output.reset();
		assertThat(run("plan", "import", odt.toString(), "--dry-run", "--json")).isZero();

		assertThat(fromDocx).isEqualTo(fromText);
		assertThat(output()).isEqualTo(fromText);
	}

	@Test
	void theSummaryNamesTheFormatAndTheWarnings() throws Exception {
		Path file = Files.write(dir.resolve("plan.docx"), PlanDocuments.docx(String.join("\n",
				"臺中市政府秘書處 114 年度施政計畫", "貳、年度關鍵績效指標", "策略績效目標\t衡量指標\t衡量標準\t目標值",
				"一、服務品質(10%)\t(一)滿意度(10%)\t問卷\t另定之")));

		assertThat(run("plan", "import", file.toString(), "--dry-run")).isZero();
		assertThat(output()).contains("plan.docx (DOCX)", "1 warnings",
				"line 4, cell 4: the target 另定之 cannot be read by the formula engine");
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
		PlanImportCommand command = new PlanImportCommand(new OneAgency(), plans, new DefaultApplicationArguments(args),
				new PlanFileImport());
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

		@Override
		public List<AnnualPlanSummary> plans(PlanQuery query) {
			throw notUsed();
		}

		@Override
		public AnnualPlanId startDraft(long agencyId, int rocYear) {
			throw notUsed();
		}

		@Override
		public AnnualPlan revise(AnnualPlanId id, int expectedVersion, String part, UnaryOperator<EditablePlan> change) {
			throw notUsed();
		}

		@Override
		public List<MediumTermPlan> mediumTermPlans(Optional<Set<Long>> agencies) {
			throw notUsed();
		}

		@Override
		public Optional<MediumTermPlan> findMediumTermPlan(MediumTermPlanId id) {
			throw notUsed();
		}

		@Override
		public Optional<MediumTermPlan> mediumTermPlanOf(long agencyId, int rocYear) {
			throw notUsed();
		}

		@Override
		public MediumTermPlan saveMediumTermPlan(MediumTermPlanId id, int expectedVersion, MediumTermPlan.Draft draft) {
			throw notUsed();
		}

		/** The import command only saves drafts. */
		private static UnsupportedOperationException notUsed() {
			return new UnsupportedOperationException("the import command does not call this");
		}

	}

}
