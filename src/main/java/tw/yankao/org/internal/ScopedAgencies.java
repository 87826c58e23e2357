package tw.yankao.org.internal;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.security.Roles;

@Service
class ScopedAgencies implements AgencyScope {

	private final CurrentUsers users;
	private final Agencies agencies;

	ScopedAgencies(CurrentUsers users, Agencies agencies) {
		this.users = users;
		this.agencies = agencies;
	}

	@Override
	public boolean canAccess(long agencyId) {
		return accessibleAgencies().map(ids -> ids.contains(agencyId)).orElse(true);
	}

	@Override
	public void checkAccess(long agencyId) {
		if (!canAccess(agencyId)) {
			throw new AccessDeniedException("agency " + agencyId + " is outside the user's scope");
		}
	}

	@Override
	public Optional<Set<Long>> accessibleAgencies() {
		Optional<CurrentUser> user = users.current();
		if (user.isPresent() && user.get().roles().stream().anyMatch(Roles.CITY_WIDE::contains)) {
			return Optional.empty();
		}
		return Optional.of(user.map(CurrentUser::agencyId).map(agencies::subtree).orElse(Set.of()));
	}

}
