package tw.yankao.org.internal;

import java.util.Set;

import tw.yankao.shared.security.Role;

/** What an administrator may change about a user. */
public record UserChanges(String displayName, String email, Long agencyId, Set<Role> roles, boolean enabled) {
}
