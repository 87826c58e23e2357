package tw.yankao.petition.knowledge.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CALL_AGENT;
import static tw.yankao.shared.security.Role.RDEC_STAFF;

/**
 * Agency liaisons and the RDEC maintain the knowledge base (each entry only within the user's
 * agency scope, which the service checks); the 1999 agents and the RDEC search it on the intake page.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeAccessRules {

	@Bean
	AccessRules petitionKnowledgeRules() {
		return AccessRules.of("petition.knowledge")
			.get("/petitions/knowledge", "/petitions/knowledge/new", "/petitions/knowledge/*").roles(AGENCY_LIAISON, RDEC_STAFF)
			.post("/petitions/knowledge", "/petitions/knowledge/*", "/petitions/knowledge/*/delete").roles(AGENCY_LIAISON, RDEC_STAFF)
			.get("/petitions/intake/knowledge").roles(CALL_AGENT, RDEC_STAFF)
			.build();
	}

	@Bean
	NavigationItem petitionKnowledgeNavigation() {
		return new NavigationItem("nav.petition.knowledge", "/petitions/knowledge", Set.of(AGENCY_LIAISON, RDEC_STAFF), 44);
	}

}
