package tw.yankao.shared.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

	private final List<List<String>> calls = new ArrayList<>();

	private CliCommand command(String name, int exit) {
		return new CliCommand() {
			public String name() {
				return name;
			}

			public String arguments() {
				return "FILE";
			}

			public String description() {
				return "does " + name;
			}

			public int run(List<String> args, PrintStream out) {
				if (args.isEmpty()) {
					throw new IllegalArgumentException("FILE is missing");
				}
				calls.add(args);
				return exit;
			}
		};
	}

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
	private final CommandLine commandLine = new CommandLine(List.of(command("calendar import", 0), command("audit verify", 1)));

	@Test
	void runsTheCommandNamedByTheFirstWordsWithTheRestAsArguments() {
		assertThat(commandLine.run(List.of("calendar", "import", "a.csv"), out)).isZero();
		assertThat(calls).containsExactly(List.of("a.csv"));
	}

	@Test
	void passesTheCommandsExitCodeThrough() {
		assertThat(commandLine.run(List.of("audit", "verify", "x"), out)).isEqualTo(1);
	}

	@Test
	void anUnknownCommandListsTheCommandsAndExitsWith2() {
		assertThat(commandLine.run(List.of("frobnicate"), out)).isEqualTo(2);
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Unknown command: frobnicate", "calendar import FILE");
	}

	@Test
	void aUsageErrorShowsTheUsage() {
		assertThat(commandLine.run(List.of("calendar", "import"), out)).isEqualTo(2);
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("FILE is missing", "usage: java -jar yankao.jar calendar import FILE");
	}

	@Test
	void serveIsTheDefaultAndSpringOptionsAreNotCommands() {
		assertThat(CommandLine.isServe(new String[0])).isTrue();
		assertThat(CommandLine.isServe(new String[] { "--server.port=9090" })).isTrue();
		assertThat(CommandLine.isServe(new String[] { "serve" })).isTrue();
		assertThat(CommandLine.isServe(new String[] { "audit", "verify" })).isFalse();
		assertThat(CommandLine.commandWords(new String[] { "backup", "--x=y", "dir" })).containsExactly("backup", "dir");
	}

}
