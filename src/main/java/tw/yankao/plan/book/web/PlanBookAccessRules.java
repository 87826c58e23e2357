package tw.yankao.plan.book.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Roles;
import tw.yankao.shared.web.NavigationItem;

/**
 * Who may download plan books. A plan's book is for staff; whether the plan's agency is theirs
 * the controller decides through {@code AgencyScope}. The city book holds every agency's plan, so
 * only the city-wide roles get it.
 */
@Configuration(proxyBeanMethods = false)
class PlanBookAccessRules {

	@Bean
	AccessRules planBookRules() {
		return AccessRules.of("plan-book")
			.get("/plans/*/book.*").roles(Roles.STAFF)
			.get("/plans/books", "/plans/books/*").roles(Roles.CITY_WIDE)
			.build();
	}

	@Bean
	NavigationItem planBooksNavigation() {
		return new NavigationItem("planBook.nav", "/plans/books", Roles.CITY_WIDE, 35);
	}

}
