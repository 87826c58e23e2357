package tw.yankao.shared.web;

import java.util.List;
import java.util.Set;

import tw.yankao.shared.security.Role;

/**
 * Something a user should see on their home page, such as a missing calendar year for
 * administrators.
 *
 * @param messageKey the text's message key
 * @param href a link to where it can be dealt with, or null
 */
public record HomeNotice(String messageKey, Object[] arguments, String href) {

	/** A module's source of notices, asked on every home-page view. */
	public interface Source {

		List<HomeNotice> noticesFor(Set<Role> roles);

	}

}
