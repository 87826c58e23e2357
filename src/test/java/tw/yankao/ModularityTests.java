package tw.yankao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(YankaoApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheBriefExists() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).contains("org", "plan",
				"tracking", "petition", "participation", "analytics", "opendata", "notify", "audit", "shared");
	}

	@Test
	void writesModuleDocumentation() {
		// Module canvases need Asciidoctor's Javadoc index, which this build does not produce.
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}

}
