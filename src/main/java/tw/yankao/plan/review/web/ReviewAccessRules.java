package tw.yankao.plan.review.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Who may use the review. The RDEC reviews, compiles and publishes; an agency's liaison submits
 * and, with the agency head, reads the comments. Whether the plan's agency is within the caller's
 * scope is checked by the workflow.
 */
@Configuration(proxyBeanMethods = false)
class ReviewAccessRules {

	static final Set<Role> REVIEWERS = Set.of(RDEC_STAFF, SYSTEM_ADMIN);

	static final Set<Role> READERS = Set.of(RDEC_STAFF, SYSTEM_ADMIN, AGENCY_LIAISON, AGENCY_HEAD);

	@Bean
	AccessRules planReviewRules() {
		return AccessRules.of("plan-review")
			.get("/plans/review").roles(REVIEWERS)
			.get("/plans/*/review").roles(READERS)
			.post("/plans/*/review/submit").roles(AGENCY_LIAISON)
			.post("/plans/*/review/comments", "/plans/*/review/return", "/plans/*/review/approve").roles(REVIEWERS)
			.anyMethod("/plans/compilation", "/plans/compilation/**").roles(REVIEWERS)
			.post("/api/plans/*/submit").roles(AGENCY_LIAISON)
			.post("/api/plans/*/return", "/api/plans/*/approve", "/api/plans/*/comments").roles(REVIEWERS)
			.get("/api/plans/*/versions", "/api/plans/*/versions/**", "/api/plans/*/comments").roles(READERS)
			.build();
	}

	@Bean
	NavigationItem planReviewNavigation() {
		return new NavigationItem("plan-review.nav", "/plans/review", REVIEWERS, 31);
	}

	@Bean
	NavigationItem cityPlanNavigation() {
		return new NavigationItem("plan-review.nav.compilation", "/plans/compilation", REVIEWERS, 32);
	}

}
