package tw.yankao.plan.review;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.LongPredicate;

import tw.yankao.shared.security.Role;

/**
 * Who performs a step of the review, and what they may do: the signed-in user, or the demo loader
 * that acts for the liaison and the RDEC alike.
 *
 * @param name the login name recorded with versions and comments
 * @param roles the roles
 * @param scope whether an agency is within the actor's agency scope
 */
record Actor(String name, Set<Role> roles, LongPredicate scope) {

	static final Actor DEMO = new Actor("demo", EnumSet.of(Role.AGENCY_LIAISON, Role.RDEC_STAFF), agency -> true);

	/** Review, comment, return, approve, compile and publish: city-wide roles. */
	boolean reviews() {
		return roles.contains(Role.RDEC_STAFF) || roles.contains(Role.SYSTEM_ADMIN);
	}

	/** Submit: the liaison of the plan's agency (or one above it). */
	boolean submitsFor(long agencyId) {
		return roles.contains(Role.AGENCY_LIAISON) && scope.test(agencyId);
	}

	/** See versions and comments: the reviewers, and the agency's liaison and head. */
	boolean reads(long agencyId) {
		return reviews() || (roles.contains(Role.AGENCY_LIAISON) || roles.contains(Role.AGENCY_HEAD))
				&& scope.test(agencyId);
	}

}
