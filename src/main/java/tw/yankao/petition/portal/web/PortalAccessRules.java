package tw.yankao.petition.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Roles;

/** The portal is open to anyone; case photos in their original form only to staff (scoped per case by the handler). */
@Configuration(proxyBeanMethods = false)
class PortalAccessRules {

	@Bean
	AccessRules portalRules() {
		return AccessRules.of("petition-portal")
			.get("/portal", "/portal/submitted", "/portal/status", "/portal/map", "/portal/map/cases.json").permitAll()
			.post("/portal", "/portal/code", "/portal/status").permitAll()
			.get("/petitions/cases/*/photos", "/petitions/cases/*/photos/*").roles(Roles.STAFF)
			.build();
	}

}
