package tw.yankao.plan.importing.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.NavigationItem;

/**
 * Who may import plans: agency liaisons for the agencies in their scope (checked per agency by
 * the controller), the RDEC and administrators for any agency.
 */
@Configuration(proxyBeanMethods = false)
class PlanImportAccessRules {

	static final Set<Role> IMPORTERS = Set.of(Role.AGENCY_LIAISON, Role.RDEC_STAFF, Role.SYSTEM_ADMIN);

	@Bean
	AccessRules planImportRules() {
		return AccessRules.of("plan-import")
			.anyMethod(PlanImportController.PATH, PlanImportController.PATH + "/*").roles(IMPORTERS)
			.build();
	}

	@Bean
	NavigationItem planImportNavigation() {
		return new NavigationItem("plan-import.nav", PlanImportController.PATH, IMPORTERS, 30);
	}

}
