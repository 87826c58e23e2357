package tw.yankao.petition;

import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.shared.security.Role;

/** Signs a test user in on the current thread, for service-level tests that run without requests. */
final class SignIn {

	private SignIn() {
	}

	static void as(Role role, Long agencyId) {
		SignedInUser user = new SignedInUser(new CurrentUser(800_000 + role.ordinal(), "wf-" + role.name().toLowerCase(),
				agencyId, Set.of(role)), "流程測試");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
