package tw.yankao.plan.importing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plan import with its size limit, {@code yankao.plan.import.max-bytes} (default 10 MB). */
@Configuration(proxyBeanMethods = false)
class PlanImportConfiguration {

	@Bean
	PlanFileImport planFileImport(@Value("${yankao.plan.import.max-bytes:10485760}") long maxBytes) {
		return new PlanFileImport(maxBytes);
	}

}
