package tw.yankao.tracking.meetings.web;

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
 * Who may use control meetings. The RDEC and administrators hold the city meeting and read its
 * pack; an agency's liaison and head hold their agency's own meeting (the handlers check the
 * agency against the scope, and keep the city meeting to city-wide staff).
 */
@Configuration(proxyBeanMethods = false)
class MeetingAccessRules {

	static final Set<Role> CITY = Set.of(SYSTEM_ADMIN, RDEC_STAFF);
	static final Set<Role> MEETING_STAFF = Set.of(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, AGENCY_HEAD);

	@Bean
	AccessRules meetingRules() {
		return AccessRules.of("tracking-meetings")
			.get("/tracking/meetings/packs/city").roles(CITY)
			.get("/tracking/meetings/packs/agency/*").roles(MEETING_STAFF)
			.get("/tracking/meetings", "/tracking/meetings/*").roles(MEETING_STAFF)
			.post("/tracking/meetings", "/tracking/meetings/*/record", "/tracking/meetings/*/decisions")
			.roles(MEETING_STAFF)
			.build();
	}

	@Bean
	NavigationItem meetingsNavigation() {
		return new NavigationItem("nav.tracking.meetings", "/tracking/meetings", MEETING_STAFF, 43);
	}

}
