package tw.yankao.org.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.util.pattern.PathPatternParser;

import tw.yankao.shared.security.AccessRules;

/**
 * Web security: every module's {@link AccessRules}, most specific pattern first, and a final
 * deny for everything else; form log-in with lock-out, CSRF on every form, and strict headers.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline scripts anywhere; styles only from our own files. */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data: blob:", "font-src 'self'", "connect-src 'self'",
			"object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, List<AccessRules> modules, LoginOutcomes outcomes,
			ApiSecurityProblems apiProblems) throws Exception {
		http.authorizeHttpRequests(authorize -> {
			applyRules(authorize, modules);
			authorize.anyRequest().denyAll();
		})
			.formLogin(login -> login.loginPage("/login")
				.loginProcessingUrl("/login")
				.successHandler(outcomes)
				.failureHandler(outcomes))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(apiProblems, ApiSecurityProblems.API)
				.defaultAccessDeniedHandlerFor(apiProblems, ApiSecurityProblems.API))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		return http.build();
	}

	private static void applyRules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
			List<AccessRules> modules) {
		PathPatternParser parser = PathPatternParser.defaultInstance;
		Comparator<AccessRules.Rule> specificFirst = Comparator
			.comparing((AccessRules.Rule rule) -> parser.parse(rule.pattern()), org.springframework.web.util.pattern.PathPattern.SPECIFICITY_COMPARATOR)
			.thenComparing(rule -> rule.method() == null);
		modules.stream()
			.flatMap(module -> module.rules().stream())
			.sorted(specificFirst)
			.forEach(rule -> authorize
				.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern()))
				.access(AccessDecisions.of(rule.access())));
	}

}
