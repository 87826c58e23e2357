package tw.yankao;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's command path: a context without the web server, the commands of every module. */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineApplicationTest {

	@Test
	void helpListsEveryCommandOfTheIssue(CapturedOutput output) {
		int exit = YankaoApplication.runCommand(new String[] { "help" });

		assertThat(exit).isZero();
		assertThat(output.getOut()).contains("serve", "help", "calendar import FILE", "audit verify", "backup DIR",
				"restore DIR");
	}

}
