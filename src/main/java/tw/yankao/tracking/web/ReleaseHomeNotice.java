package tw.yankao.tracking.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.HomeNotice;
import tw.yankao.tracking.TrackingRelease;

/** Tells the RDEC on their home page how many release requests wait for their decision. */
@Component
class ReleaseHomeNotice implements HomeNotice.Source {

	private final TrackingRelease release;

	ReleaseHomeNotice(TrackingRelease release) {
		this.release = release;
	}

	@Override
	public List<HomeNotice> noticesFor(Set<Role> roles) {
		if (!roles.contains(Role.RDEC_STAFF)) {
			return List.of();
		}
		long waiting = release.openCount();
		return waiting == 0 ? List.of()
				: List.of(new HomeNotice("tracking.release.notice", new Object[] { waiting }, ReleaseController.LIST));
	}

}
