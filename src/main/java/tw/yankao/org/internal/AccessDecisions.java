package tw.yankao.org.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;

/** Turns an access rule's {@link AccessRules.Access} into Spring Security's decision. */
final class AccessDecisions {

	private AccessDecisions() {
	}

	static AuthorizationManager<RequestAuthorizationContext> of(AccessRules.Access access) {
		if (access instanceof AccessRules.Anyone) {
			return (authentication, context) -> new AuthorizationDecision(true);
		}
		if (access instanceof AccessRules.SignedIn) {
			return AuthenticatedAuthorizationManager.authenticated();
		}
		if (access instanceof AccessRules.AnyRole anyRole) {
			return hasAnyRole(anyRole.roles());
		}
		AccessRules.LocalOrAnyRole local = (AccessRules.LocalOrAnyRole) access;
		AuthorizationManager<RequestAuthorizationContext> roles = hasAnyRole(local.roles());
		return (authentication, context) -> isLoopback(context.getRequest().getRemoteAddr())
				? new AuthorizationDecision(true) : roles.authorize(authentication, context);
	}

	private static AuthorizationManager<RequestAuthorizationContext> hasAnyRole(java.util.Set<Role> roles) {
		return AuthorityAuthorizationManager.hasAnyRole(roles.stream().map(Role::name).toArray(String[]::new));
	}

	private static boolean isLoopback(String address) {
		try {
			return address != null && InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
