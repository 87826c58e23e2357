package tw.yankao.plan.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlanConflict;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.shared.cli.CliCommand;

/**
 * {@code plan import FILE [--agency CODE] [--year N] [--dry-run] [--json]}: reads a plan file (DOCX,
 * ODT or text, see {@link PlanFileImport}) and saves it as a draft annual plan ({@link PlanManagement#saveDraft}),
 * printing the plan's id and what it holds; {@code --dry-run} prints instead, saving nothing.
 * {@code --agency} and {@code --year} override what the text says; without {@code --agency} the
 * agency is the one the text names ({@link AgencyByName}). An unknown agency code, a text whose
 * agency or year cannot be told without the options, are usage errors (exit 2); a plan that may not
 * be replaced (not a draft) is a failure (exit 1).
 */
@Component
class PlanImportCommand implements CliCommand {

	private final AgencyDirectory agencies;
	private final PlanManagement plans;
	private final ApplicationArguments applicationArguments;
	private final PlanFileImport planImport;

	PlanImportCommand(AgencyDirectory agencies, PlanManagement plans, ApplicationArguments applicationArguments,
			PlanFileImport planImport) {
		this.agencies = agencies;
		this.plans = plans;
		this.applicationArguments = applicationArguments;
		this.planImport = planImport;
	}

	@Override
	public String name() {
		return "plan import";
	}

	@Override
	public String arguments() {
		return "FILE [--agency CODE] [--year N] [--dry-run] [--json]";
	}

	@Override
	public String description() {
		return "save a plan text as a draft annual plan; --dry-run: only print what was recognised (--json: as JSON)";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws IOException {
		ImportOptions options = ImportOptions.parse(Arrays.asList(applicationArguments.getSourceArgs()));
		Agency agency = options.agency() == null ? null : agencies.findByCode(options.agency())
			.orElseThrow(() -> new IllegalArgumentException("unknown agency code: " + options.agency()));
		Path file = Path.of(options.file());
		if (!Files.isRegularFile(file)) {
			out.println("plan import: " + file + ": no such file (or not a regular file)");
			return 1;
		}
		if (Files.size(file) > planImport.maxBytes()) {
			out.println("plan import: " + file + ": larger than " + PlanFileImport.megabytes(planImport.maxBytes())
					+ ", not a plan file");
			return 1;
		}
		ImportReport report;
		ImportedPlan plan;
		try {
			report = planImport.read(Files.readAllBytes(file));
			plan = overridden(report.plan(), agency, options.year());
		}
		catch (PlanImportException ex) {
			out.println("plan import: " + file + ": " + ex.getMessage());
			return 1;
		}
		if (options.dryRun()) {
			out.println(options.json() ? PlanJson.write(plan) : summary(file, report, plan, "dry run, nothing saved"));
			return 0;
		}
		return save(file, report, plan, agency, out);
	}

	private int save(Path file, ImportReport report, ImportedPlan plan, Agency given, PrintStream out) {
		Agency agency = given != null ? given : AgencyByName.find(plan.agency().name(), agencies.all()).orElse(null);
		if (agency == null) {
			out.println("plan import: " + file + ": " + unknownAgency(plan.agency().name())
					+ "; give its code with --agency CODE");
			return 2;
		}
		if (plan.year() == null) {
			out.println("plan import: " + file + ": the text does not say its year; give it with --year N");
			return 2;
		}
		try {
			AnnualPlanId id = plans.saveDraft(plan, agency.id(), plan.year(), file.getFileName().toString());
			out.println(summary(file, report, plan, "saved as draft plan " + id + " of " + agency.code()));
			return 0;
		}
		catch (AnnualPlanConflict ex) {
			out.println("plan import: " + file + ": " + ex.getMessage() + "; nothing was saved");
			return 1;
		}
	}

	private static String unknownAgency(String name) {
		return name == null ? "the text does not name its agency" : "no agency in the directory is named " + name;
	}

	private static ImportedPlan overridden(ImportedPlan plan, Agency agency, Integer year) {
		ImportedPlan.Agency named = agency == null ? plan.agency() : new ImportedPlan.Agency(agency.code(), agency.nameZh());
		return new ImportedPlan(named, year == null ? plan.year() : year, plan.objectives(), plan.goals(),
				plan.programmes(), plan.budget(), plan.priorYear(), plan.unrecognised());
	}

	private static String summary(Path file, ImportReport report, ImportedPlan plan, String outcome) {
		StringBuilder text = new StringBuilder();
		text.append(String.format("%s (%s): %s, year %s (%s)%n", file, report.format(), plan.agency().name(),
				plan.year(), outcome));
		text.append(String.format("  %d objectives, %d strategic goals, %d indicators%n", plan.objectives().size(),
				plan.goals().size(), plan.goals().stream().mapToInt(g -> g.indicators().size()).sum()));
		text.append(String.format("  %d work plans, %d programme items, %d budget lines, %d prior-year results%n",
				plan.programmes().size(), plan.programmes().stream().mapToInt(p -> p.items().size()).sum(),
				plan.budget().size(), plan.priorYear().size()));
		text.append(String.format("  %d unrecognised blocks", plan.unrecognised().size()));
		for (ImportedPlan.Unrecognised block : plan.unrecognised()) {
			text.append(String.format("%n    lines %d-%d", block.fromLine(), block.toLine()));
		}
		text.append(String.format("%n  %d warnings", report.warnings().size()));
		for (ImportWarning warning : report.warnings()) {
			text.append(String.format("%n    %s", warning.describe()));
		}
		return text.toString();
	}

}
