package tw.yankao.shared.web;

import java.util.List;
import java.util.Set;

import tw.yankao.shared.security.Role;

/**
 * Something a user should see in the inbox of their home page: a count of what waits for them
 * (reports due, items behind, requests to approve, unread reminders) with a link to where it is
 * dealt with, or a message such as a missing calendar year for administrators.
 *
 * @param messageKey the text's message key
 * @param arguments the text's arguments; a notice that counts has the count first
 * @param href a link to where it can be dealt with, or null
 */
public record HomeNotice(String messageKey, Object[] arguments, String href) {

	/** A notice that counts something, with the count as its first argument; none when the count is 0. */
	public static List<HomeNotice> counting(long count, String messageKey, String href, Object... more) {
		if (count <= 0) {
			return List.of();
		}
		Object[] arguments = new Object[more.length + 1];
		arguments[0] = count;
		System.arraycopy(more, 0, arguments, 1, more.length);
		return List.of(new HomeNotice(messageKey, arguments, href));
	}

	/**
	 * The signed-in user a source is asked for. The org module's {@code CurrentUser} cannot be
	 * named here (shared depends on no module), so the home page passes what sources need.
	 *
	 * @param userId the user's id
	 * @param agencyId the user's agency; null for citizens
	 * @param roles the user's roles
	 */
	public record Viewer(long userId, Long agencyId, Set<Role> roles) {

		public boolean has(Role role) {
			return roles.contains(role);
		}

		public boolean hasAny(Set<Role> wanted) {
			return roles.stream().anyMatch(wanted::contains);
		}

	}

	/**
	 * A module's source of notices, asked on every home-page view within the viewer's request, so
	 * that the module's agency scope applies. Must be cheap: a few counting queries at most.
	 */
	public interface Source {

		List<HomeNotice> noticesFor(Viewer viewer);

	}

}
