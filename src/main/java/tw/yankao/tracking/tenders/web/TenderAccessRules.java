package tw.yankao.tracking.tenders.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Who may import tenders: the RDEC the whole city's export, a liaison only tenders of agencies in
 * their scope (the import checks every row's agency).
 */
@Configuration(proxyBeanMethods = false)
class TenderAccessRules {

	static final Set<Role> IMPORTERS = Set.copyOf(EnumSet.of(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON));

	@Bean
	AccessRules tenderImportRules() {
		return AccessRules.of("tracking-tenders").anyMethod("/tracking/tenders/import").roles(IMPORTERS).build();
	}

	@Bean
	NavigationItem tenderImportNavigation() {
		return new NavigationItem("nav.tracking.tenders.import", "/tracking/tenders/import", IMPORTERS, 62);
	}

}
