package tw.yankao.tracking.web;

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
 * Who may use tracking. Agency staff read their items (the agency scope limits them to their
 * agency); liaisons and handlers enter items and progress; only the city sees every agency's
 * execution rate. The agency's liaison asks for release from tracking; only the RDEC decides and
 * reopens.
 */
@Configuration(proxyBeanMethods = false)
class TrackingAccessRules {

	private static final Set<Role> STAFF = Set.of(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER, AGENCY_HEAD);
	/** Who enters and changes tracked items, as the JSON API allows. */
	private static final Set<Role> EDITORS = Set.of(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER);

	@Bean
	AccessRules trackingRules() {
		return AccessRules.of("tracking")
			.get("/api/tracking/execution-rates").roles(RDEC_STAFF, SYSTEM_ADMIN)
			.get("/api/tracking/items/**").roles(STAFF)
			.post("/api/tracking/items").roles(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER)
			.post("/api/tracking/items/*/reports", "/tracking/items/*/reports").roles(AGENCY_LIAISON, CASE_HANDLER)
			.get("/tracking/items/new", "/tracking/items/*/edit", "/tracking/items/details").roles(EDITORS)
			.post("/tracking/items/new", "/tracking/items/*/edit").roles(EDITORS)
			.post("/tracking/items/*/files").roles(AGENCY_LIAISON, CASE_HANDLER)
			.get("/tracking/items/*/files/*").roles(STAFF)
			.get("/tracking/items", "/tracking/items/*").roles(STAFF)
			.get("/tracking/execution-rates").roles(RDEC_STAFF, SYSTEM_ADMIN)
			.post("/tracking/items/*/release-requests").roles(AGENCY_LIAISON)
			.get("/tracking/release-requests").roles(RDEC_STAFF)
			.post("/tracking/release-requests/*/approve", "/tracking/release-requests/*/refuse", "/tracking/items/*/reopen")
			.roles(RDEC_STAFF)
			.put("/api/tracking/items/*").roles(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, CASE_HANDLER)
			.build();
	}

	@Bean
	NavigationItem trackingItemsNavigation() {
		return new NavigationItem("nav.tracking.items", "/tracking/items", STAFF, 40);
	}

	@Bean
	NavigationItem trackingReleaseNavigation() {
		return new NavigationItem("nav.tracking.release", "/tracking/release-requests", Set.of(RDEC_STAFF), 42);
	}

	@Bean
	NavigationItem trackingRatesNavigation() {
		return new NavigationItem("nav.tracking.rates", "/tracking/execution-rates", Set.of(RDEC_STAFF, SYSTEM_ADMIN), 41);
	}

}
