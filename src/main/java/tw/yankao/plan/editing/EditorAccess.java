package tw.yankao.plan.editing;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.shared.security.Role;

/**
 * Who may edit a plan: a system administrator, or the liaison (研考人員) of an agency whose scope
 * holds the plan's agency. The RDEC reads plans but does not write them: it reviews.
 */
@Component
public class EditorAccess {

	private final CurrentUsers users;
	private final AgencyScope scope;

	EditorAccess(CurrentUsers users, AgencyScope scope) {
		this.users = users;
		this.scope = scope;
	}

	public boolean mayEdit(long agencyId) {
		CurrentUser user = users.current().orElse(null);
		if (user == null) {
			return false;
		}
		return user.has(Role.SYSTEM_ADMIN) || (user.has(Role.AGENCY_LIAISON) && scope.canAccess(agencyId));
	}

	/** Whether the user may edit this plan now: allowed for its agency, and the plan still editable. */
	public boolean mayEditNow(AnnualPlanSummary plan) {
		return plan.status().isEditable() && mayEdit(plan.agencyId());
	}

	public void checkMayEdit(long agencyId) {
		if (!mayEdit(agencyId)) {
			throw new AccessDeniedException("only the agency's liaison or an administrator edits its plans");
		}
	}

}
