package tw.yankao.org.web;

import java.util.EnumSet;
import java.util.Set;

import tw.yankao.org.internal.NewUser;
import tw.yankao.org.internal.UserAccount;
import tw.yankao.org.internal.UserChanges;
import tw.yankao.shared.security.Role;

/** The user form; the password is only used when creating. */
record UserForm(String username, String displayName, String email, Long agencyId, Set<Role> roles,
		Boolean enabled, String password) {

	static UserForm empty() {
		return new UserForm("", "", "", null, EnumSet.noneOf(Role.class), true, "");
	}

	static UserForm of(UserAccount account) {
		return new UserForm(account.username(), account.displayName(), account.email(), account.agencyId(),
				account.roles(), account.enabled(), "");
	}

	NewUser toNewUser() {
		return new NewUser(strip(username), strip(displayName), blankToNull(email), agencyId, roles(), password);
	}

	UserChanges toChanges() {
		return new UserChanges(strip(displayName), blankToNull(email), agencyId, roles(),
				enabled == null || enabled);
	}

	@Override
	public Set<Role> roles() {
		return roles == null ? Set.of() : roles;
	}

	@Override
	public String toString() {
		return "UserForm[" + username + "]";
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
