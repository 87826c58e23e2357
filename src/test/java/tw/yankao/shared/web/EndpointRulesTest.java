package tw.yankao.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deny by default: every endpoint of the application, the actuator's included, must be named by
 * an explicit access rule; and a request that no rule names is refused even to an administrator.
 */
@YankaoWebTest
class EndpointRulesTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	List<AccessRules> modules;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void everyEndpointHasAnExplicitRule() {
		List<String> uncovered = new ArrayList<>();
		int endpoints = 0;
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				for (String pattern : info.getPatternValues()) {
					for (HttpMethod method : methods(info)) {
						endpoints++;
						if (!covered(method, pattern)) {
							uncovered.add(method + " " + pattern);
						}
					}
				}
			}
		}
		assertThat(endpoints).as("endpoints found").isGreaterThan(10);
		assertThat(uncovered).as("endpoints without an access rule").isEmpty();
	}

	@Test
	void aPathNoRuleNamesIsRefusedEvenToAnAdministrator() throws Exception {
		mvc.perform(get("/no-rule-names-this").with(users.as(Role.SYSTEM_ADMIN))).andExpect(status().isForbidden());
	}

	private boolean covered(HttpMethod method, String pattern) {
		PathContainer example = PathContainer.parsePath(example(pattern));
		return modules.stream()
			.flatMap(module -> module.rules().stream())
			.anyMatch(rule -> (rule.method() == null || rule.method().equals(method))
					&& PathPatternParser.defaultInstance.parse(rule.pattern()).matches(example));
	}

	/** A concrete path that the handler's pattern matches, for testing it against the rules. */
	private static String example(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]+}", "x/y").replaceAll("\\{[^}]+}", "1").replace("**", "x/y").replace("*", "x");
	}

	private static Set<HttpMethod> methods(RequestMappingInfo info) {
		Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
		if (declared.isEmpty()) {
			return Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);
		}
		return Set.copyOf(declared.stream().map(m -> HttpMethod.valueOf(m.name())).toList());
	}

}
