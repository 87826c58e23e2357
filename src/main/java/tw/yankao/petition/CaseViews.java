package tw.yankao.petition;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.security.Role;

/**
 * Decides who sees a petitioner's personal data: staff of the agency handling the case (or above
 * it) and the RDEC. Everyone else — other agencies, 1999 agents, administrators, the public —
 * sees it masked.
 */
@Component
public class CaseViews {

	private final CurrentUsers users;

	private final AgencyScope scope;

	CaseViews(CurrentUsers users, AgencyScope scope) {
		this.users = users;
		this.scope = scope;
	}

	/** Whether the current user handles the case, and so may see who the petitioner is. */
	public boolean handles(PetitionCase c) {
		CurrentUser user = users.current().orElse(null);
		if (user == null) {
			return false;
		}
		if (user.has(Role.RDEC_STAFF)) {
			return true;
		}
		boolean agencyStaff = user.has(Role.CASE_HANDLER) || user.has(Role.AGENCY_HEAD) || user.has(Role.AGENCY_LIAISON);
		return agencyStaff && c.agencyId() != null && scope.canAccess(c.agencyId());
	}

	/**
	 * The case as the current user may see it, refusing agency staff a case outside their scope.
	 * The RDEC, administrators and 1999 agents see every case (agents to answer callers about them).
	 * @throws AccessDeniedException when the user may not see the case at all
	 */
	public PetitionCase visible(PetitionCase c) {
		java.util.Set<Role> roles = users.current().map(CurrentUser::roles).orElse(java.util.Set.of());
		boolean crossAgency = roles.contains(Role.RDEC_STAFF) || roles.contains(Role.SYSTEM_ADMIN) || roles.contains(Role.CALL_AGENT);
		if (!crossAgency && (c.agencyId() == null || !scope.canAccess(c.agencyId()))) {
			throw new AccessDeniedException("case " + c.number() + " is outside the viewer's agencies");
		}
		return forViewer(c);
	}

	/** The case as the current user may see it. */
	public PetitionCase forViewer(PetitionCase c) {
		if (handles(c) || c.petitioner() == null) {
			return c;
		}
		Location l = c.location();
		return new PetitionCase(c.id(), c.number(), c.kind(), c.channel(), c.category(), c.description(),
				new Location(Masking.address(l.address()), l.district(), l.latitude(), l.longitude()),
				Masking.petitioner(c.petitioner()), c.replyChannel(), c.language(), c.receivedAt(), c.deadline(),
				c.status(), c.agencyId(), c.closedAt(), c.handling(), c.version());
	}

}
