package tw.yankao.petition.search.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Roles;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CALL_AGENT;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Who may search: agency staff (their agencies' cases), the RDEC, administrators and 1999 agents
 * (every case, masked unless they handle it);
 * the similar-case panel of the intake page is the 1999 agent's, that of a case page is for
 * whoever may open the case.
 */
@Configuration(proxyBeanMethods = false)
class SearchAccessRules {

	@Bean
	AccessRules petitionSearchRules() {
		return AccessRules.of("petition.search")
			.get("/petitions/search").roles(CASE_HANDLER, AGENCY_HEAD, AGENCY_LIAISON, RDEC_STAFF, CALL_AGENT, SYSTEM_ADMIN)
			.get("/petitions/intake/similar").roles(CALL_AGENT, RDEC_STAFF)
			.get("/petitions/cases/*/similar").roles(Roles.STAFF)
			.build();
	}

	@Bean
	NavigationItem petitionSearchNavigation() {
		return new NavigationItem("nav.petition.search", "/petitions/search",
				Set.of(CASE_HANDLER, AGENCY_HEAD, AGENCY_LIAISON, RDEC_STAFF, CALL_AGENT), 43);
	}

}
