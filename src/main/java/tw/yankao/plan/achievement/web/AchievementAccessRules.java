package tw.yankao.plan.achievement.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.security.Roles;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Who may see and report achievement. Agency staff read their agency's (the handlers check the
 * agency scope); liaisons and handlers enter and submit; only the RDEC confirms; the city view
 * is for city-wide roles.
 */
@Configuration(proxyBeanMethods = false)
class AchievementAccessRules {

	static final Set<Role> READERS = Set.copyOf(EnumSet.of(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD));

	@Bean
	AccessRules achievementRules() {
		return AccessRules.of("plan-achievement")
			.get("/plans/dashboard/city").roles(Roles.CITY_WIDE)
			.get("/plans/dashboard", "/plans/achievement/**").roles(READERS)
			.get("/api/plans/dashboard", "/api/plans/indicators/*/achievements").roles(READERS)
			.post("/plans/achievement/reports/*/confirm").roles(RDEC_STAFF)
			.post("/plans/achievement/indicators/*/binding", "/plans/achievement/indicators/*/binding/delete")
			.roles(AGENCY_LIAISON, RDEC_STAFF)
			.post("/plans/achievement/indicators/*/refresh").roles(AGENCY_LIAISON, CASE_HANDLER, RDEC_STAFF)
			.post("/plans/achievement/indicators/*/reports", "/plans/achievement/reports/*/submit",
					"/plans/achievement/reports/*/evidence")
			.roles(AGENCY_LIAISON, CASE_HANDLER)
			.post("/api/plans/indicators/*/achievements").roles(AGENCY_LIAISON, CASE_HANDLER)
			.build();
	}

	@Bean
	NavigationItem achievementDashboardNavigation() {
		return new NavigationItem("nav.plans.dashboard", "/plans/dashboard", READERS, 40);
	}

	@Bean
	NavigationItem achievementCityNavigation() {
		return new NavigationItem("nav.plans.dashboard.city", "/plans/dashboard/city", Roles.CITY_WIDE, 41);
	}

}
