package tw.yankao.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanConflict;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.importing.ImportedPlan;
import tw.yankao.plan.importing.PlanTextImport;
import tw.yankao.testing.YankaoWebTest;

/**
 * Saving and reading annual plans on PostgreSQL. The plans are saved for 建設局 (TCG-CON) in years
 * no demo uses (200–299), and removed after each test.
 */
@YankaoWebTest
class PlanStorageTest {

	static final String[] SEEDS = { "000_4f23a1f3feca694f.txt", "001_5fccbe9958ba3c3a.txt",
			"002_194818ed3874251f.txt", "003_e82097005b831da2.txt" };

	private static final List<String> TABLES = List.of("annual_plan", "plan_objective", "plan_strategic_goal",
			"plan_indicator", "plan_work_plan", "plan_programme_item", "plan_budget_line", "plan_prior_year_review",
			"plan_unrecognised_block");

	@Autowired
	PlanManagement plans;

	@Autowired
	PlanStorage storage;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTestPlans() {
		// only this test's years: the demo gives 建設局 a draft of its own (year 116)
		jdbc.sql("delete from annual_plan where agency_id = :id and roc_year between 200 and 299")
			.param("id", agency())
			.update();
	}

	@Test
	void eachSeedReadsBackAsItWasImported() {
		for (int i = 0; i < SEEDS.length; i++) {
			ImportedPlan imported = seed(SEEDS[i]);

			AnnualPlanId id = plans.saveDraft(imported, agency(), 201 + i, SEEDS[i]);

			AnnualPlan found = plans.find(id).orElseThrow();
			assertThat(found.summary().status()).isEqualTo(PlanStatus.DRAFT);
			assertThat(found.summary().rocYear()).isEqualTo(201 + i);
			assertThat(found.summary().sourceName()).isEqualTo(SEEDS[i]);
			assertThat(PlanAsImported.of(found)).as(SEEDS[i])
				.usingRecursiveComparison()
				.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
				.isEqualTo(new ImportedPlan(new ImportedPlan.Agency(null, imported.agency().name()), 201 + i,
						imported.objectives(), imported.goals(), imported.programmes(), imported.budget(),
						imported.priorYear(), imported.unrecognised()));
		}
	}

	@Test
	void goalWeightsKeepTheBusinessShareAndTargetsTheirNumbers() {
		AnnualPlan plan = plans.find(plans.saveDraft(seed(SEEDS[2]), agency(), 210, SEEDS[2])).orElseThrow();

		assertThat(plan.content().goals().stream().map(goal -> goal.weight()).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("70");
		assertThat(plan.summary().counts().indicators()).isPositive();
		assertThat(plan.summary().counts().goals()).isEqualTo(plan.content().goals().size());
		assertThat(plan.content().priorYear()).allSatisfy(review -> assertThat(review.reviewedRocYear()).isNotNull());
	}

	@Test
	void aSecondImportReplacesADraftInPlaceAndBumpsItsVersion() {
		AnnualPlanId first = plans.saveDraft(seed(SEEDS[3]), agency(), 220, "first.txt");

		AnnualPlanId second = plans.saveDraft(seed(SEEDS[1]), agency(), 220, "second.txt");

		assertThat(second).isEqualTo(first);
		AnnualPlan plan = plans.find(second).orElseThrow();
		assertThat(plan.summary().version()).isEqualTo(1);
		assertThat(plan.summary().sourceName()).isEqualTo("second.txt");
		assertThat(PlanAsImported.of(plan).goals()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(seed(SEEDS[1]).goals());
		assertThat(plans.plansOf(agency())).filteredOn(summary -> summary.rocYear() == 220).hasSize(1);
	}

	@Test
	void anApprovedPlanRefusesAnImportNamingAgencyAndYearAndNothingChanges() {
		AnnualPlanId id = plans.saveDraft(seed(SEEDS[3]), agency(), 230, SEEDS[3]);
		storage.changeStatus(plans.find(id).orElseThrow().summary(), PlanStatus.APPROVED);
		AnnualPlan before = plans.find(id).orElseThrow();
		Map<String, Long> rowsBefore = rows();

		assertThatThrownBy(() -> plans.saveDraft(seed(SEEDS[0]), agency(), 230, SEEDS[0]))
			.isInstanceOf(AnnualPlanConflict.class)
			.hasMessageContaining("TCG-CON")
			.hasMessageContaining("ROC year 230")
			.hasMessageContaining("APPROVED");

		assertThat(rows()).isEqualTo(rowsBefore);
		assertThat(plans.find(id).orElseThrow()).isEqualTo(before);
	}

	@Test
	void anImportReplacesAReturnedPlanWhichBecomesADraftAgain() {
		AnnualPlanId id = plans.saveDraft(seed(SEEDS[3]), agency(), 235, "first.txt");
		storage.changeStatus(plans.find(id).orElseThrow().summary(), PlanStatus.RETURNED);

		AnnualPlanId replaced = plans.saveDraft(seed(SEEDS[1]), agency(), 235, "revised.txt");

		assertThat(replaced).isEqualTo(id);
		AnnualPlan plan = plans.find(id).orElseThrow();
		assertThat(plan.summary().status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.summary().version()).isEqualTo(2);
		assertThat(plan.summary().sourceName()).isEqualTo("revised.txt");
		assertThat(plan.content().goals()).hasSameSizeAs(seed(SEEDS[1]).goals());
	}

	@Test
	void aFailureHalfWayRollsBackTheWholeReplacement() {
		AnnualPlanId id = plans.saveDraft(seed(SEEDS[3]), agency(), 240, SEEDS[3]);
		AnnualPlan before = plans.find(id).orElseThrow();
		Map<String, Long> rowsBefore = rows();
		long auditBefore = auditEntries();

		// the last indicator's scheme 7 breaks the table's check after the other rows are written
		assertThatThrownBy(() -> plans.saveDraft(withLastSchemeSeven(seed(SEEDS[1])), agency(), 240, "broken.txt"))
			.isInstanceOf(DataIntegrityViolationException.class);

		assertThat(rows()).isEqualTo(rowsBefore);
		assertThat(plans.find(id).orElseThrow()).isEqualTo(before);
		assertThat(auditEntries()).isEqualTo(auditBefore);
	}

	@Test
	void anImportIsAuditedWithASummaryNotThePlan() {
		AnnualPlanId id = plans.saveDraft(seed(SEEDS[0]), agency(), 250, SEEDS[0]);

		List<String> after = jdbc.sql("""
				select after_json from audit_entry
				 where entity = 'annual_plan' and entity_id = :id and action = 'IMPORT'""")
			.param("id", id.toString())
			.query(String.class)
			.list();
		assertThat(after).singleElement().satisfies(json -> {
			assertThat(json).contains("\"agencyCode\":\"TCG-CON\"", "\"rocYear\":250", "\"status\":\"DRAFT\"",
					"\"objectives\":12", "\"sourceName\":\"" + SEEDS[0] + "\"");
			assertThat(json).hasSizeLessThan(1000);
		});
	}

	private Map<String, Long> rows() {
		Map<String, Long> rows = new LinkedHashMap<>();
		TABLES.forEach(table -> rows.put(table,
				jdbc.sql("select count(*) from " + table).query(Long.class).single()));
		return rows;
	}

	private long auditEntries() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

	private long agency() {
		return agencies.findByCode("TCG-CON").orElseThrow().id();
	}

	private static ImportedPlan withLastSchemeSeven(ImportedPlan plan) {
		List<ImportedPlan.Goal> goals = new ArrayList<>(plan.goals());
		ImportedPlan.Goal last = goals.remove(goals.size() - 1);
		List<ImportedPlan.Indicator> indicators = new ArrayList<>(last.indicators());
		ImportedPlan.Indicator broken = indicators.remove(indicators.size() - 1);
		indicators.add(new ImportedPlan.Indicator(broken.name(), broken.weight(), "7", broken.evaluationMethod(),
				broken.formula(), broken.target(), broken.direction()));
		goals.add(new ImportedPlan.Goal(last.code(), last.name(), last.weight(), indicators));
		return new ImportedPlan(plan.agency(), plan.year(), plan.objectives(), goals, plan.programmes(), plan.budget(),
				plan.priorYear(), plan.unrecognised());
	}

	static ImportedPlan seed(String name) {
		try (InputStream in = PlanStorageTest.class.getResourceAsStream("/plan/importing/" + name)) {
			return new PlanTextImport().read(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
