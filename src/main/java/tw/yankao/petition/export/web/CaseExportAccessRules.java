package tw.yankao.petition.export.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;

import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.RDEC_STAFF;

/** Exports are for the RDEC (every agency) and agency heads and liaisons (their own agency's cases). */
@Configuration(proxyBeanMethods = false)
class CaseExportAccessRules {

	@Bean
	AccessRules petitionExportRules() {
		return AccessRules.of("petition-export")
			.get("/petitions/export").roles(RDEC_STAFF, AGENCY_HEAD, AGENCY_LIAISON)
			.build();
	}

}
