package tw.yankao.org.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import tw.yankao.org.CurrentUser;
import tw.yankao.shared.security.Role;

/** The principal Spring Security keeps in the session. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	private final CurrentUser user;
	private final String displayName;
	private String passwordHash;
	private final boolean enabled;
	private final boolean locked;

	SignedInUser(UserAccount account, String passwordHash, Instant now) {
		this(new CurrentUser(account.id(), account.username(), account.agencyId(), account.roles()),
				account.displayName(), passwordHash, account.enabled(), account.isLockedAt(now));
	}

	/** A principal for tests and for users whose password is not checked here. */
	public SignedInUser(CurrentUser user, String displayName) {
		this(user, displayName, "", true, false);
	}

	private SignedInUser(CurrentUser user, String displayName, String passwordHash, boolean enabled, boolean locked) {
		this.user = user;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	public CurrentUser user() {
		return user;
	}

	public String displayName() {
		return displayName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return user.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "SignedInUser[" + user.userId() + "]";
	}

	List<Role> roles() {
		return List.copyOf(user.roles());
	}

}
