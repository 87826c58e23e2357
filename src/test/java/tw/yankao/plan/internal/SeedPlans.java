package tw.yankao.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.PlanContent;
import tw.yankao.plan.PlanCounts;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.importing.ImportedPlan;
import tw.yankao.plan.importing.PlanTextImport;

/**
 * Seed plans as annual plans, without a database: imported and turned into content by the same
 * code that stores an import. For tests of what is made from a plan (the plan book).
 */
public final class SeedPlans {

	public static final String[] ALL = {"000_4f23a1f3feca694f.txt", "001_5fccbe9958ba3c3a.txt",
			"002_194818ed3874251f.txt", "003_e82097005b831da2.txt"};

	private SeedPlans() {
	}

	public static ImportedPlan imported(String seed) {
		try (InputStream in = SeedPlans.class.getResourceAsStream("/plan/importing/" + seed)) {
			return new PlanTextImport().read(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The seed as an approved plan of the year its title names. */
	public static AnnualPlan plan(String seed) {
		return plan(imported(seed));
	}

	public static AnnualPlan plan(ImportedPlan imported) {
		return of(ImportedContent.of(imported), imported.year() == null ? 109 : imported.year(),
				imported.agency().name());
	}

	public static AnnualPlan of(PlanContent content, int rocYear, String agencyName) {
		Instant now = Instant.now();
		PlanCounts counts = new PlanCounts(content.objectives().size(), content.goals().size(), 0, 0, 0, 0, 0, 0);
		AnnualPlanSummary summary = new AnnualPlanSummary(new AnnualPlanId(rocYear), 1, rocYear,
				agencyName + rocYear + "年度施政計畫", PlanStatus.APPROVED, 0, null, now, now, counts);
		return new AnnualPlan(summary, agencyName, content);
	}

	/** The import of a plan turned back into an import's shape, to compare with another import. */
	public static ImportedPlan asImported(AnnualPlan plan) {
		return PlanAsImported.of(plan);
	}

}
