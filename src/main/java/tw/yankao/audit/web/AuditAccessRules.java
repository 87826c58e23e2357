package tw.yankao.audit.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Who may read the audit log, and where it appears in the navigation. The roles are named one by
 * one rather than as "city-wide": entries hold the before and after of records, which may be
 * personal data, so a role that later gains city-wide sight must not gain the log with it.
 */
@Configuration(proxyBeanMethods = false)
class AuditAccessRules {

	@Bean
	AccessRules auditRules() {
		return AccessRules.of("audit")
			.get("/audit", "/audit/*").roles(RDEC_STAFF, SYSTEM_ADMIN)
			.post("/audit/verify").roles(RDEC_STAFF, SYSTEM_ADMIN)
			.build();
	}

	@Bean
	NavigationItem auditNavigation() {
		return new NavigationItem("nav.audit", "/audit", Set.of(RDEC_STAFF, SYSTEM_ADMIN), 90);
	}

}
