package tw.yankao.shared.calendar.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Roles;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Who may see and import the working-day calendar: the RDEC reads it, since its deadlines
 * depend on it, but only administrators replace it.
 */
@Configuration(proxyBeanMethods = false)
class CalendarAccessRules {

	@Bean
	AccessRules calendarRules() {
		return AccessRules.of("calendar")
			.get("/admin/calendar", "/admin/calendar/*").roles(Roles.CITY_WIDE)
			.post("/admin/calendar").roles(SYSTEM_ADMIN)
			.build();
	}

	@Bean
	NavigationItem calendarNavigation() {
		return new NavigationItem("nav.calendar", "/admin/calendar", Set.copyOf(Roles.CITY_WIDE), 85);
	}

}
