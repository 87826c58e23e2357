package tw.yankao.tracking.council.web;

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
 * Who may use council items. Agency staff read their agency's questions (the agency scope limits
 * them); the RDEC opens sessions, registers questions and prints the booklet of the whole city;
 * the owner agency's liaison drafts and submits the reply and its head approves or returns it.
 */
@Configuration(proxyBeanMethods = false)
class CouncilAccessRules {

	static final Set<Role> READERS = Set.of(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD);

	static final Set<Role> BOOKLET = Set.of(SYSTEM_ADMIN, RDEC_STAFF);

	@Bean
	AccessRules councilRules() {
		return AccessRules.of("tracking-council")
			.get("/tracking/council", "/tracking/council/*", "/tracking/council/questions/*").roles(READERS)
			.post("/tracking/council", "/tracking/council/*/questions").roles(RDEC_STAFF)
			.get("/tracking/council/*/booklet.*").roles(BOOKLET)
			.post("/tracking/council/questions/*/reply").roles(AGENCY_LIAISON)
			.post("/tracking/council/questions/*/approve", "/tracking/council/questions/*/return").roles(AGENCY_HEAD)
			.build();
	}

	@Bean
	NavigationItem councilNavigation() {
		return new NavigationItem("nav.council", "/tracking/council", READERS, 43);
	}

}
