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
import tw.yankao.shared.cli.CliCommand;

/**
 * {@code plan import FILE [--agency CODE] [--year N] [--dry-run] [--json]}: reads a plan text
 * with {@link PlanTextImport}. Only the dry run exists so far: plans cannot be stored yet, and
 * the command says so (exit 1) rather than pretending. {@code --agency} and {@code --year}
 * override what the text says; an unknown agency code is a usage error (exit 2).
 */
@Component
class PlanImportCommand implements CliCommand {

	private final AgencyDirectory agencies;
	private final ApplicationArguments applicationArguments;
	private final PlanTextImport planImport = new PlanTextImport();

	PlanImportCommand(AgencyDirectory agencies, ApplicationArguments applicationArguments) {
		this.agencies = agencies;
		this.applicationArguments = applicationArguments;
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
		return "read a plan from its text; --dry-run --json: print what was recognised as JSON";
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
		if (Files.size(file) > PlanTextImport.MAX_BYTES) {
			out.println("plan import: " + file + ": larger than " + PlanTextImport.MAX_BYTES / 1024 / 1024
					+ " MB, not a plan text");
			return 1;
		}
		ImportedPlan plan;
		try {
			plan = overridden(planImport.read(Files.readAllBytes(file)), agency, options.year());
		}
		catch (PlanImportException ex) {
			out.println("plan import: " + file + ": " + ex.getMessage());
			return 1;
		}
		if (!options.dryRun()) {
			out.println("plan import: saving plans is not available yet; nothing was saved. "
					+ "Use --dry-run (with --json for the full structure) to see what the text holds.");
			return 1;
		}
		out.println(options.json() ? PlanJson.write(plan) : summary(file, plan));
		return 0;
	}

	private static ImportedPlan overridden(ImportedPlan plan, Agency agency, Integer year) {
		ImportedPlan.Agency named = agency == null ? plan.agency() : new ImportedPlan.Agency(agency.code(), agency.nameZh());
		return new ImportedPlan(named, year == null ? plan.year() : year, plan.objectives(), plan.goals(),
				plan.programmes(), plan.budget(), plan.priorYear(), plan.unrecognised());
	}

	private static String summary(Path file, ImportedPlan plan) {
		StringBuilder text = new StringBuilder();
		text.append(String.format("%s: %s, year %s (dry run, nothing saved)%n", file, plan.agency().name(), plan.year()));
		text.append(String.format("  %d objectives, %d strategic goals, %d indicators%n", plan.objectives().size(),
				plan.goals().size(), plan.goals().stream().mapToInt(g -> g.indicators().size()).sum()));
		text.append(String.format("  %d work plans, %d programme items, %d budget lines, %d prior-year results%n",
				plan.programmes().size(), plan.programmes().stream().mapToInt(p -> p.items().size()).sum(),
				plan.budget().size(), plan.priorYear().size()));
		text.append(String.format("  %d unrecognised blocks", plan.unrecognised().size()));
		for (ImportedPlan.Unrecognised block : plan.unrecognised()) {
			text.append(String.format("%n    lines %d-%d", block.fromLine(), block.toLine()));
		}
		return text.toString();
	}

}
