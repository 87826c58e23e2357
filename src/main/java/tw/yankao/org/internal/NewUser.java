package tw.yankao.org.internal;

import java.util.Set;

import tw.yankao.shared.security.Role;

/** A user to create, with the initial password in clear text (checked by the policy, then hashed). */
public record NewUser(String username, String displayName, String email, Long agencyId, Set<Role> roles,
		String password) {

	@Override
	public String toString() {
		return "NewUser[" + username + "]";
	}

}
