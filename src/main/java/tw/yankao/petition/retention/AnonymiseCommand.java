package tw.yankao.petition.retention;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tw.yankao.shared.cli.CliCommand;
import tw.yankao.shared.profile.CityProfile;

/**
 * {@code petition anonymise [--dry-run] [--as-of=YYYY-MM-DD]}. The launcher hands {@code --} options
 * to Spring rather than to commands, so the options are read from the environment as well as from
 * the arguments ({@code --as-of 2010-01-01} leaves the date as an argument).
 */
@Component
class AnonymiseCommand implements CliCommand {

	private final CaseAnonymiser anonymiser;

	private final Environment environment;

	private final Clock clock;

	private final CityProfile profile;

	AnonymiseCommand(CaseAnonymiser anonymiser, Environment environment, Clock clock, CityProfile profile) {
		this.anonymiser = anonymiser;
		this.environment = environment;
		this.clock = clock;
		this.profile = profile;
	}

	@Override
	public String name() {
		return "petition anonymise";
	}

	@Override
	public String arguments() {
		return "[--dry-run] [--as-of=YYYY-MM-DD]";
	}

	@Override
	public String description() {
		return "remove personal data from cases closed longer ago than the profile's retention period";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		List<String> rest = new ArrayList<>(args);
		boolean dryRun = rest.remove("--dry-run") || environment.containsProperty("dry-run");
		String asOfText = environment.getProperty("as-of");
		for (String arg : List.copyOf(rest)) {
			if (arg.startsWith("--as-of=")) {
				asOfText = arg.substring("--as-of=".length());
				rest.remove(arg);
			}
			else if (arg.matches("\\d{4}-\\d{2}-\\d{2}")) {
				asOfText = arg;
				rest.remove(arg);
			}
		}
		if (!rest.isEmpty()) {
			throw new IllegalArgumentException("unexpected argument " + rest.get(0));
		}
		LocalDate asOf;
		try {
			asOf = asOfText == null || asOfText.isBlank() ? LocalDate.now(clock.withZone(profile.timeZone())) : LocalDate.parse(asOfText);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--as-of must be a date YYYY-MM-DD, not " + asOfText);
		}
		CaseAnonymiser.Result result = dryRun ? anonymiser.dryRun(asOf) : anonymiser.anonymise(asOf);
		out.printf("%s cases closed before %s: %d%s%n", dryRun ? "would anonymise" : "anonymised",
				result.cutoff().toLocalDate(), result.cases(), dryRun ? "" : ", history reasons scrubbed: " + result.steps());
		return 0;
	}

}
