package tw.yankao.shared.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * The access rules one module declares for its endpoints. Every module contributes a bean; the
 * security set-up applies them all and denies every request that no rule names, and a test
 * fails for any endpoint that no rule covers.
 *
 * <p>Rules decide by role only. Whether a user may see a given agency's record is decided by
 * the handler through {@code AgencyScope}, since only the handler knows the record's agency.
 */
public final class AccessRules {

	/** Who may pass a rule. */
	public sealed interface Access {
	}

	/** Anyone, signed in or not. */
	public record Anyone() implements Access {
	}

	/** Any signed-in user. */
	public record SignedIn() implements Access {
	}

	/** Signed-in users with at least one of the roles. */
	public record AnyRole(Set<Role> roles) implements Access {
	}

	/** Requests from this machine (a metrics scraper), or users with one of the roles. */
	public record LocalOrAnyRole(Set<Role> roles) implements Access {
	}

	/**
	 * @param method the HTTP method, or null for every method
	 * @param pattern a Spring path pattern such as {@code /admin/agencies/**}
	 */
	public record Rule(HttpMethod method, String pattern, Access access) {
	}

	private final String module;
	private final List<Rule> rules;

	private AccessRules(String module, List<Rule> rules) {
		this.module = module;
		this.rules = List.copyOf(rules);
	}

	/** Starts the rules of one module; the name shows in test failures. */
	public static Builder of(String module) {
		return new Builder(module);
	}

	public String module() {
		return module;
	}

	public List<Rule> rules() {
		return rules;
	}

	public static final class Builder {

		private final String module;
		private final List<Rule> rules = new ArrayList<>();

		private Builder(String module) {
			this.module = module;
		}

		public Target get(String... patterns) {
			return new Target(this, HttpMethod.GET, patterns);
		}

		public Target post(String... patterns) {
			return new Target(this, HttpMethod.POST, patterns);
		}

		public Target put(String... patterns) {
			return new Target(this, HttpMethod.PUT, patterns);
		}

		public Target delete(String... patterns) {
			return new Target(this, HttpMethod.DELETE, patterns);
		}

		public Target anyMethod(String... patterns) {
			return new Target(this, null, patterns);
		}

		public AccessRules build() {
			return new AccessRules(module, rules);
		}

	}

	/** The endpoints a rule is being written for. */
	public static final class Target {

		private final Builder builder;
		private final HttpMethod method;
		private final String[] patterns;

		private Target(Builder builder, HttpMethod method, String[] patterns) {
			this.builder = builder;
			this.method = method;
			this.patterns = patterns;
		}

		public Builder permitAll() {
			return add(new Anyone());
		}

		public Builder signedIn() {
			return add(new SignedIn());
		}

		public Builder roles(Role first, Role... more) {
			return add(new AnyRole(Set.copyOf(EnumSet.of(first, more))));
		}

		public Builder roles(Set<Role> roles) {
			return add(new AnyRole(Set.copyOf(roles)));
		}

		public Builder localOrRoles(Role first, Role... more) {
			return add(new LocalOrAnyRole(Set.copyOf(EnumSet.of(first, more))));
		}

		private Builder add(Access access) {
			for (String pattern : patterns) {
				builder.rules.add(new Rule(method, pattern, access));
			}
			return builder;
		}

	}

}
