package tw.yankao.org.internal;

import java.time.Instant;
import java.util.Set;

import tw.yankao.shared.security.Role;

/**
 * A user as the administrators see it; never holds the password hash, so that it can be shown,
 * audited and logged safely.
 *
 * @param agencyId the staff member's agency; null for citizens
 * @param lockedUntil when a lock-out after failed log-ins ends; null when not locked
 */
public record UserAccount(long id, String username, String displayName, String email, Long agencyId,
		boolean enabled, int failedLogins, Instant lockedUntil, Set<Role> roles) {

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
