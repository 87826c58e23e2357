package tw.yankao.analytics.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Who may read the analysis reports: the city's supervisors for the city and any agency, agency
 * staff for their own agency (the agency scope decides in the report service).
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsAccessRules {

	private static final Set<Role> STAFF = Set.of(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD);

	@Bean
	AccessRules analyticsRules() {
		return AccessRules.of("analytics")
			.get("/analytics/monthly", "/analytics/monthly.*").roles(STAFF)
			.build();
	}

	@Bean
	NavigationItem analyticsMonthlyNavigation() {
		return new NavigationItem("nav.analytics.monthly", "/analytics/monthly", STAFF, 60);
	}

}
