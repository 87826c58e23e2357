package tw.yankao;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

import tw.yankao.shared.cli.CliCommand;
import tw.yankao.shared.cli.CommandLine;

/**
 * Starts the web platform ({@code serve}, the default) or runs one command and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class YankaoApplication {

	public static void main(String[] args) {
		if (CommandLine.isServe(args)) {
			SpringApplication.run(YankaoApplication.class, args);
			return;
		}
		System.exit(runCommand(args));
	}

	public static int runCommand(String[] args) {
		SpringApplication application = new SpringApplication(YankaoApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(java.util.Map.of("yankao.mode", "command", "logging.level.root", "WARN",
				"spring.main.banner-mode", "off"));
		try (ConfigurableApplicationContext context = application.run(args)) {
			CommandLine commandLine = new CommandLine(List.copyOf(context.getBeansOfType(CliCommand.class).values()));
			List<String> words = CommandLine.commandWords(args);
			if (CommandLine.isHelp(args)) {
				commandLine.printHelp(System.out);
				return 0;
			}
			return commandLine.run(words, System.out);
		}
	}

}
