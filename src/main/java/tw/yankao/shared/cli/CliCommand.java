package tw.yankao.shared.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of {@code java -jar yankao.jar <command>}. Modules contribute them as beans; the
 * command runs in a started application context without the web server.
 */
public interface CliCommand {

	/** The words that select this command, e.g. {@code "calendar import"}. */
	String name();

	/** The arguments after the name, e.g. {@code "FILE"}; empty when there are none. */
	String arguments();

	/** One line for {@code help}. */
	String description();

	/**
	 * Runs the command.
	 * @param args the arguments after the command's name
	 * @return the process exit code: 0 for success, 1 for a failure the output explains, 2 for a usage error
	 */
	int run(List<String> args, PrintStream out) throws Exception;

}
