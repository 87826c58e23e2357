package tw.yankao.petition.calls.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Who may import call records and read the 1999 line's statistics: the RDEC, which supervises the
 * 1999 agents, and administrators. The agents themselves do not see the centre's figures here.
 */
@Configuration(proxyBeanMethods = false)
class CallAccessRules {

	static final Set<Role> SUPERVISORS = Set.of(SYSTEM_ADMIN, RDEC_STAFF);

	@Bean
	AccessRules callRules() {
		return AccessRules.of("petition-calls")
			.get("/petitions/calls").roles(SUPERVISORS)
			.anyMethod("/petitions/calls/import").roles(SUPERVISORS)
			.get("/api/petitions/calls/stats").roles(SUPERVISORS)
			.build();
	}

	@Bean
	NavigationItem callStatisticsNavigation() {
		return new NavigationItem("nav.petition.calls", "/petitions/calls", SUPERVISORS, 43);
	}

	@Bean
	NavigationItem callImportNavigation() {
		return new NavigationItem("nav.petition.calls.import", "/petitions/calls/import", SUPERVISORS, 44);
	}

}
