package tw.yankao.petition.web;

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
 * Who may use the citizen-service pages. Per-case decisions (agency scope, which step) are the
 * workflow's; these rules only keep each page to the people it is for.
 */
@Configuration(proxyBeanMethods = false)
class PetitionAccessRules {

	@Bean
	AccessRules petitionRules() {
		return AccessRules.of("petition")
			.get("/petitions/intake", "/petitions/intake/callers").roles(CALL_AGENT, RDEC_STAFF)
			.post("/petitions/intake").roles(CALL_AGENT, RDEC_STAFF)
			.get("/petitions/inbox").roles(CASE_HANDLER, AGENCY_HEAD, AGENCY_LIAISON, RDEC_STAFF)
			.get("/petitions/supervision").roles(RDEC_STAFF, SYSTEM_ADMIN)
			.get("/petitions/cases/*").roles(Roles.STAFF)
			.post("/petitions/cases/*/*").roles(Roles.STAFF)
			.post("/api/petitions/cases").roles(CALL_AGENT, RDEC_STAFF)
			.get("/api/petitions/cases/*").roles(Roles.STAFF)
			.post("/api/petitions/cases/*/*").roles(Roles.STAFF)
			.build();
	}

	@Bean
	NavigationItem petitionIntakeNavigation() {
		return new NavigationItem("nav.petition.intake", "/petitions/intake", Set.of(CALL_AGENT, RDEC_STAFF), 40);
	}

	@Bean
	NavigationItem petitionInboxNavigation() {
		return new NavigationItem("nav.petition.inbox", "/petitions/inbox",
				Set.of(CASE_HANDLER, AGENCY_HEAD, AGENCY_LIAISON, RDEC_STAFF), 41);
	}

	@Bean
	NavigationItem petitionSupervisionNavigation() {
		return new NavigationItem("nav.petition.supervision", "/petitions/supervision", Set.of(RDEC_STAFF, SYSTEM_ADMIN), 42);
	}

}
