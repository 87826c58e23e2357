package tw.yankao.tracking.evaluation.web;

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
 * Who may use the year-end evaluation. Only the RDEC opens rounds, reviews items and finalises;
 * staff read, and the service limits agency staff to their own items of final rounds.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationAccessRules {

	static final Set<Role> READERS = Set.of(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD);

	@Bean
	AccessRules evaluationRules() {
		return AccessRules.of("tracking-evaluation")
			.get("/tracking/evaluation", "/tracking/evaluation/*", "/tracking/evaluation/*/items/*",
					"/tracking/evaluation/*/rewards", "/tracking/evaluation/*/rewards.csv",
					"/tracking/evaluation/*/rewards.xlsx")
			.roles(READERS)
			.post("/tracking/evaluation", "/tracking/evaluation/*/finalise", "/tracking/evaluation/*/items/*")
			.roles(RDEC_STAFF)
			.get("/api/tracking/evaluation/*/items", "/api/tracking/evaluation/*/items/*").roles(READERS)
			.put("/api/tracking/evaluation/*/items/*").roles(RDEC_STAFF)
			.build();
	}

	@Bean
	NavigationItem evaluationNavigation() {
		return new NavigationItem("nav.tracking.evaluation", "/tracking/evaluation", READERS, 43);
	}

}
