package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanStatus;
import tw.yankao.testing.YankaoWebTest;

/** {@code plan import} saving into the database, with the demo organisation and demo plans. */
@YankaoWebTest
class PlanImportSavingTest {

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	PlanManagement plans;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@AfterEach
	void removeTestPlans() {
		jdbc.sql("delete from annual_plan where agency_id = :id").param("id", traffic()).update();
	}

	@Test
	void theCommandSavesADraftAndReportsItsIdAndCounts() throws Exception {
		Path file = Files.write(dir.resolve(Seeds.RDEC_109), Seeds.bytes(Seeds.RDEC_109));

		assertThat(run("plan", "import", file.toString(), "--agency", "TCG-TRA", "--year", "260")).isZero();

		List<AnnualPlanSummary> saved = plans.plansOf(traffic());
		assertThat(saved).singleElement().satisfies(plan -> {
			assertThat(plan.rocYear()).isEqualTo(260);
			assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
			assertThat(plan.counts().objectives()).isEqualTo(12);
			assertThat(output()).contains("saved as draft plan " + plan.id() + " of TCG-TRA", "12 objectives",
					"13 work plans, 32 programme items");
		});
	}

	@Test
	void aTextOfAnApprovedYearIsRefusedAndNothingIsSaved() throws Exception {
		Path file = Files.write(dir.resolve(Seeds.RDEC_105), Seeds.bytes(Seeds.RDEC_105));
		long before = jdbc.sql("select count(*) from annual_plan").query(Long.class).single();

		// no --agency: the text names 研究發展考核委員會, whose 105 plan the demo approved
		assertThat(run("plan", "import", file.toString())).isEqualTo(1);

		assertThat(output()).contains("TCG-RDEC", "ROC year 105", "APPROVED", "nothing was saved");
		assertThat(jdbc.sql("select count(*) from annual_plan").query(Long.class).single()).isEqualTo(before);
	}

	private int run(String... args) throws Exception {
		PlanImportCommand command = new PlanImportCommand(agencies, plans, new DefaultApplicationArguments(args),
				new PlanFileImport());
		List<String> words = List.of(args).stream().filter(a -> !a.startsWith("--")).skip(2).toList();
		return command.run(words, new PrintStream(output, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return output.toString(StandardCharsets.UTF_8);
	}

	private long traffic() {
		return agencies.findByCode("TCG-TRA").orElseThrow().id();
	}

}
