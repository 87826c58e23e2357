package tw.yankao.tracking.web;

import java.util.List;

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
	public List<HomeNotice> noticesFor(HomeNotice.Viewer viewer) {
		if (!viewer.has(Role.RDEC_STAFF)) {
			return List.of();
		}
		return HomeNotice.counting(release.openCount(), "tracking.release.notice", ReleaseController.LIST);
	}

}
