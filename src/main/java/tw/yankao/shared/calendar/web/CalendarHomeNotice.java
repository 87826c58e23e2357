package tw.yankao.shared.calendar.web;

import java.util.List;

import org.springframework.stereotype.Component;

import tw.yankao.shared.security.Roles;
import tw.yankao.shared.web.HomeNotice;

/**
 * Tells administrators and the RDEC on their home page when this year's or next year's
 * calendar is missing, since every deadline computed meanwhile ignores the holidays.
 */
@Component
class CalendarHomeNotice implements HomeNotice.Source {

	private final CalendarCoverage coverage;

	CalendarHomeNotice(CalendarCoverage coverage) {
		this.coverage = coverage;
	}

	@Override
	public List<HomeNotice> noticesFor(HomeNotice.Viewer viewer) {
		if (!viewer.hasAny(Roles.CITY_WIDE)) {
			return List.of();
		}
		return coverage.missingYears()
			.stream()
			.map(missing -> new HomeNotice("calendar.notice.missing", new Object[] { missing.rocYear(), missing.year() },
					CalendarAdminController.PATH))
			.toList();
	}

}
