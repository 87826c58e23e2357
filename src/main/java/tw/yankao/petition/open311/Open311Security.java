package tw.yankao.petition.open311;

import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.NavigationItem;

/**
 * Who may use the Open311 API and its admin page. The API is for other programs: anyone may
 * read, and a POST proves itself by its api_key (checked by the controller, which answers in
 * the spec's error format). So the API gets its own stateless filter chain without sessions or
 * CSRF tokens (there is no cookie to forge), ahead of the application's chain; it applies this
 * module's rules and denies every other path under {@code /open311/}.
 */
@Configuration(proxyBeanMethods = false)
class Open311Security {

	@Bean
	AccessRules open311Rules() {
		return AccessRules.of("petition-open311")
			.get("/open311/discovery.json", "/open311/v2/services.*", "/open311/v2/services/*", "/open311/v2/requests.*",
					"/open311/v2/requests/*", "/open311/v2/tokens/*")
			.permitAll()
			.post("/open311/v2/requests.*").permitAll()
			.get("/admin/open311/clients").roles(Role.SYSTEM_ADMIN)
			.post("/admin/open311/clients", "/admin/open311/clients/*/revoke").roles(Role.SYSTEM_ADMIN)
			.build();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain open311Api(HttpSecurity http, AccessRules open311Rules) throws Exception {
		http.securityMatcher("/open311/**")
			.authorizeHttpRequests(authorize -> {
				for (AccessRules.Rule rule : open311Rules.rules()) {
					if (rule.pattern().startsWith("/open311/") && rule.access() instanceof AccessRules.Anyone) {
						authorize.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern()))
							.permitAll();
					}
				}
				authorize.anyRequest().denyAll();
			})
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.requireExplicitSave(true))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	NavigationItem open311ClientsNavigation() {
		return new NavigationItem("nav.open311.clients", "/admin/open311/clients", Set.of(Role.SYSTEM_ADMIN), 95);
	}

}
