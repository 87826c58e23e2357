package tw.yankao.shared.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the command named by the process arguments, runs it and reports an exit code.
 */
public final class CommandLine {

	private final List<CliCommand> commands;

	public CommandLine(List<CliCommand> commands) {
		this.commands = commands.stream().sorted(Comparator.comparing(CliCommand::name)).toList();
	}

	/** Whether the arguments ask for the web server: none, {@code serve}, or only Spring options. */
	public static boolean isServe(String[] args) {
		return Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().map("serve"::equals).orElse(true);
	}

	/** Whether the arguments ask for the list of commands, which needs no database. */
	public static boolean isHelp(String[] args) {
		return commandWords(args).stream().findFirst().map(w -> w.equals("help") || w.equals("-h")).orElse(false);
	}

	/** The arguments without Spring's {@code --name=value} options. */
	public static List<String> commandWords(String[] args) {
		return Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
	}

	public int run(List<String> words, PrintStream out) {
		Optional<CliCommand> match = commands.stream()
			.filter(c -> startsWith(words, List.of(c.name().split(" "))))
			.max(Comparator.comparingInt(c -> c.name().length()));
		if (match.isEmpty()) {
			out.println("Unknown command: " + String.join(" ", words));
			printHelp(out);
			return 2;
		}
		CliCommand command = match.get();
		List<String> rest = words.subList(command.name().split(" ").length, words.size());
		try {
			return command.run(rest, out);
		}
		catch (IllegalArgumentException ex) {
			out.println(command.name() + ": " + ex.getMessage());
			out.println("usage: java -jar yankao.jar " + command.name() + " " + command.arguments());
			return 2;
		}
		catch (Exception ex) {
			out.println(command.name() + " failed: " + ex.getMessage());
			return 1;
		}
	}

	public void printHelp(PrintStream out) {
		out.println("usage: java -jar yankao.jar <command> [arguments] [--spring.option=value ...]");
		out.println();
		out.printf("  %-28s %s%n", "serve", "start the web platform (the default)");
		out.printf("  %-28s %s%n", "help", "list the commands");
		for (CliCommand command : commands) {
			out.printf("  %-28s %s%n", (command.name() + " " + command.arguments()).trim(), command.description());
		}
	}

	private static boolean startsWith(List<String> words, List<String> prefix) {
		return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
	}

}
