package tw.yankao.petition.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import tw.yankao.petition.CaseLists;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.HomeNotice;

/** Tells handlers and heads in their home inbox how many of their agency's cases are overdue or near the deadline. */
@Component
class PetitionHomeNotice implements HomeNotice.Source {

	private static final Set<Role> WORKING_CASES = Set.of(Role.CASE_HANDLER, Role.AGENCY_HEAD);

	private final CaseLists lists;

	PetitionHomeNotice(CaseLists lists) {
		this.lists = lists;
	}

	@Override
	public List<HomeNotice> noticesFor(HomeNotice.Viewer viewer) {
		if (!viewer.hasAny(WORKING_CASES) || viewer.agencyId() == null) {
			return List.of();
		}
		return HomeNotice.counting(lists.inbox(null, true).size(), "petition.inbox.due-soon", "/petitions/inbox?dueSoon=true");
	}

}
