package tw.yankao.org;

import java.util.Set;

import tw.yankao.shared.security.Role;

/**
 * The signed-in user as other modules see it.
 *
 * @param userId the user's id
 * @param username the login name (not personal data: staff log-ins are assigned, e.g. {@code rdec01})
 * @param agencyId the agency the user belongs to; null for citizens
 * @param roles the user's roles
 */
public record CurrentUser(long userId, String username, Long agencyId, Set<Role> roles) implements java.io.Serializable {

	public boolean has(Role role) {
		return roles.contains(role);
	}

}
