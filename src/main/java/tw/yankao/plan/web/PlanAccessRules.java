package tw.yankao.plan.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Roles;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Who may use the plan pages and API. Staff read the plans of their agency scope (the handlers
 * check the scope); writing is for liaisons and administrators, and the handlers check that the
 * liaison's scope holds the plan's agency. The RDEC reads everything and writes nothing here: it
 * reviews. Patterns are exact so that the other plan pages (book, review …) keep their own rules.
 */
@Configuration(proxyBeanMethods = false)
class PlanAccessRules {

	@Bean
	AccessRules planRules() {
		return AccessRules.of("plan")
			.get("/plans/*/edit").roles(SYSTEM_ADMIN, AGENCY_LIAISON)
			.get("/plans", "/plans/*").roles(Roles.STAFF)
			.post("/plans", "/plans/*/edit/**").roles(SYSTEM_ADMIN, AGENCY_LIAISON)
			.get("/medium-term-plans/new", "/medium-term-plans/*/edit").roles(SYSTEM_ADMIN, AGENCY_LIAISON)
			.get("/medium-term-plans", "/medium-term-plans/*").roles(Roles.STAFF)
			.post("/medium-term-plans", "/medium-term-plans/*").roles(SYSTEM_ADMIN, AGENCY_LIAISON)
			.get("/api/plans", "/api/plans/*").roles(Roles.STAFF)
			.put("/api/plans/*/goals/*").roles(SYSTEM_ADMIN, AGENCY_LIAISON)
			.build();
	}

	@Bean
	NavigationItem plansNavigation() {
		return new NavigationItem("nav.plans", "/plans", Roles.STAFF, 20);
	}

	@Bean
	NavigationItem mediumTermPlansNavigation() {
		return new NavigationItem("nav.medium-term-plans", "/medium-term-plans", Roles.STAFF, 21);
	}

}
