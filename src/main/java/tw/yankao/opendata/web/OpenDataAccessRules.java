package tw.yankao.opendata.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.web.NavigationItem;

import static tw.yankao.shared.security.Role.RDEC_STAFF;

/**
 * Anyone reads the catalogue and published releases (the handlers show a release that is not
 * published only to the RDEC); only the RDEC builds and publishes releases.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataAccessRules {

	@Bean
	AccessRules openDataRules() {
		return AccessRules.of("opendata")
			.post("/open-data/datasets/*/releases", "/open-data/datasets/*/releases/*/publish").roles(RDEC_STAFF)
			.get("/open-data", "/open-data/catalog.jsonld", "/open-data/catalog.ttl", "/open-data/datasets/*",
					"/open-data/datasets/*/releases/*", "/open-data/datasets/*/releases/*/files/*")
			.permitAll()
			.get("/api/open-data/datasets", "/api/open-data/datasets/*/releases/*/rows").permitAll()
			.build();
	}

	@Bean
	NavigationItem openDataNavigation() {
		return new NavigationItem("nav.opendata", "/open-data", Set.of(RDEC_STAFF), 70);
	}

}
