package tw.yankao.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;

/** Access to what the shell serves: assets, the error page, health, metrics and the API docs. */
@Configuration(proxyBeanMethods = false)
class ShellAccessRules {

	@Bean
	AccessRules shellRules() {
		return AccessRules.of("shell")
			.get("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
			.anyMethod("/error").permitAll()
			.get("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
			.get("/actuator", "/actuator/prometheus").localOrRoles(Role.SYSTEM_ADMIN)
			.get("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
			.build();
	}

}
