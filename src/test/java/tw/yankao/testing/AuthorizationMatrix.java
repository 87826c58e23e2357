package tw.yankao.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import tw.yankao.shared.security.Role;
import tw.yankao.shared.security.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Checks one endpoint against every kind of caller: each role in the record's own agency, each
 * staff role in another agency, and an anonymous visitor. Modules extend their own tests with
 * it, injected into any {@code @YankaoWebTest}:
 * {@code matrix.endpoint(() -> get("/x")).allows(RDEC_STAFF).check()}.
 *
 * <p>"Allowed" means neither 401/403 nor a redirect to the log-in page; "denied" means 403 for
 * signed-in users, and 401 (API) or a redirect to the log-in page for anonymous visitors.
 */
@TestComponent
public class AuthorizationMatrix {

	private final MockMvc mvc;
	private final TestUsers users;

	AuthorizationMatrix(MockMvc mvc, TestUsers users) {
		this.mvc = mvc;
		this.users = users;
	}

	/** An endpoint that is not tied to one agency's record. */
	public Expectation endpoint(Supplier<AbstractMockHttpServletRequestBuilder<?>> request) {
		return new Expectation(agencyId -> request.get(), false);
	}

	/**
	 * An endpoint for one agency's record: {@code request} builds the request for a record of the
	 * given agency. Allowed staff roles pass for their own agency and are refused for another;
	 * city-wide roles pass for both.
	 */
	public Expectation agencyRecord(LongFunction<AbstractMockHttpServletRequestBuilder<?>> request) {
		return new Expectation(request, true);
	}

	public final class Expectation {

		private final LongFunction<AbstractMockHttpServletRequestBuilder<?>> request;
		private final boolean scoped;
		private Set<Role> allowed = EnumSet.noneOf(Role.class);
		private boolean anonymousAllowed;

		private Expectation(LongFunction<AbstractMockHttpServletRequestBuilder<?>> request, boolean scoped) {
			this.request = request;
			this.scoped = scoped;
		}

		public Expectation allows(Role... roles) {
			allowed = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
			return this;
		}

		public Expectation allows(Set<Role> roles) {
			allowed = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
			return this;
		}

		public Expectation allowsAnonymous() {
			anonymousAllowed = true;
			return this;
		}

		public void check() throws Exception {
			List<String> failures = new ArrayList<>();
			long own = users.ownAgency();
			long other = users.otherAgency();
			for (Role role : Role.values()) {
				boolean expected = allowed.contains(role);
				verdict(failures, role + " (own agency)", send(request.apply(own), users.as(role)), expected);
				if (scoped && role != Role.CITIZEN) {
					boolean cityWide = Roles.CITY_WIDE.contains(role);
					verdict(failures, role + " (other agency)", send(request.apply(own), users.as(role, other)),
							expected && cityWide);
				}
			}
			verdict(failures, "anonymous", send(request.apply(own), null), anonymousAllowed);
			assertThat(failures).as("authorisation matrix").isEmpty();
		}

		private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> builder,
				org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
			builder.with(csrf());
			if (user != null) {
				builder.with(user);
			}
			return mvc.perform(builder).andReturn().getResponse();
		}

		private void verdict(List<String> failures, String who, MockHttpServletResponse response, boolean expected) {
			int status = response.getStatus();
			String location = response.getHeader("Location");
			boolean toLogin = status == 302 && location != null && location.endsWith("/login");
			boolean denied = status == 401 || status == 403 || toLogin;
			if (expected && denied) {
				failures.add(who + " should be allowed but got " + status);
			}
			if (!expected && !denied) {
				failures.add(who + " should be denied but got " + status);
			}
		}

	}

}
