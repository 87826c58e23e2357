package tw.yankao.org;

import java.util.List;
import java.util.Optional;

import tw.yankao.shared.security.Role;

/**
 * Finds staff to notify: who holds a role in an agency, and where to e-mail a user. Only enabled
 * accounts are returned. E-mail addresses are personal data: callers use them to send and never
 * store or log them.
 */
public interface StaffDirectory {

	/** The enabled users of exactly this agency (not the ones below it) who hold the role, by id. */
	List<Long> holding(long agencyId, Role role);

	/** The user's e-mail address; empty when the user has none, is disabled or does not exist. */
	Optional<String> emailOf(long userId);

}
