package tw.yankao.tracking.documents.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Who may import documents and read their timeliness. The RDEC imports the city's export;
 * a liaison imports the agency's own (the import checks every row's agency against the scope).
 * Agency staff read the ranking limited to their agencies.
 */
@Configuration(proxyBeanMethods = false)
class DocumentAccessRules {

	static final Set<Role> IMPORTERS = Set.copyOf(EnumSet.of(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON));

	static final Set<Role> READERS = Set.copyOf(EnumSet.of(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER,
			AGENCY_HEAD));

	@Bean
	AccessRules documentRules() {
		return AccessRules.of("tracking-documents")
			.anyMethod("/tracking/documents/import").roles(IMPORTERS)
			.get("/tracking/documents/timeliness").roles(READERS)
			.get("/api/tracking/documents/timeliness").roles(READERS)
			.build();
	}

	@Bean
	NavigationItem documentTimelinessNavigation() {
		return new NavigationItem("nav.documents.timeliness", "/tracking/documents/timeliness", READERS, 60);
	}

	@Bean
	NavigationItem documentImportNavigation() {
		return new NavigationItem("nav.documents.import", "/tracking/documents/import", IMPORTERS, 61);
	}

}
