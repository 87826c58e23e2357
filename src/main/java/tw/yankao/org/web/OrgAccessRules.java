package tw.yankao.org.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.security.Roles;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/** Who may use the organisation module's pages and API, and where they appear in the navigation. */
@Configuration(proxyBeanMethods = false)
class OrgAccessRules {

	@Bean
	AccessRules orgRules() {
		return AccessRules.of("org")
			.anyMethod("/", "/login").permitAll()
			.get("/admin/agencies", "/admin/agencies/**").roles(SYSTEM_ADMIN, RDEC_STAFF)
			.post("/admin/agencies", "/admin/agencies/**").roles(SYSTEM_ADMIN)
			.anyMethod("/admin/users", "/admin/users/**").roles(SYSTEM_ADMIN)
			.anyMethod("/account/**").signedIn()
			.get("/api/agencies", "/api/agencies/**").roles(Roles.STAFF)
			.post("/api/agencies").roles(SYSTEM_ADMIN)
			.get("/api/me").signedIn()
			.build();
	}

	@Bean
	NavigationItem homeNavigation() {
		return new NavigationItem("nav.home", "/", java.util.Set.of(Role.values()), 0);
	}

	@Bean
	NavigationItem agenciesNavigation() {
		return new NavigationItem("nav.agencies", "/admin/agencies", Roles.CITY_WIDE, 80);
	}

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem("nav.users", "/admin/users", java.util.Set.of(SYSTEM_ADMIN), 81);
	}

}
