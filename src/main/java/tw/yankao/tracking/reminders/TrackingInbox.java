package tw.yankao.tracking.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.HomeNotice;
import tw.yankao.tracking.LagClass;
import tw.yankao.tracking.TrackedItemFilter;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackingManagement;

/**
 * The tracking part of the home inbox: for those who enter progress, how many of their agency's
 * items still lack last month's report; for agency staff and the RDEC, how many items in their
 * scope are behind or seriously behind in the latest month whose reports are due (an item without
 * its report counts as behind, as on the list the link opens).
 */
@Component
class TrackingInbox implements HomeNotice.Source {

	private static final Set<Role> REPORTERS = Set.of(Role.AGENCY_LIAISON, Role.CASE_HANDLER);
	private static final Set<Role> WATCHERS = Set.of(Role.AGENCY_LIAISON, Role.CASE_HANDLER, Role.AGENCY_HEAD, Role.RDEC_STAFF);

	private final ReminderLedger ledger;
	private final TrackingManagement tracking;
	private final AgencyDirectory agencies;
	private final Clock clock;
	private final CityProfile profile;

	TrackingInbox(ReminderLedger ledger, TrackingManagement tracking, AgencyDirectory agencies, Clock clock,
			CityProfile profile) {
		this.ledger = ledger;
		this.tracking = tracking;
		this.agencies = agencies;
		this.clock = clock;
		this.profile = profile;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HomeNotice> noticesFor(HomeNotice.Viewer viewer) {
		LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
		YearMonth period = YearMonth.from(today).minusMonths(1);
		LocalDate due = period.plusMonths(1).atDay(profile.tracking().progressReportDueDay());
		List<HomeNotice> notices = new ArrayList<>();
		if (viewer.hasAny(REPORTERS) && viewer.agencyId() != null) {
			notices.addAll(HomeNotice.counting(ledger.countMissing(period, agencies.subtree(viewer.agencyId())),
					"tracking.reminders.inbox.reports-due", "/tracking/items?month=" + period,
					RocDates.formatMonth(period), RocDates.format(due)));
		}
		if (viewer.hasAny(WATCHERS)) {
			YearMonth judged = today.isAfter(due) ? period : period.minusMonths(1);
			notices.addAll(behind(LagClass.BEHIND, judged, "tracking.reminders.inbox.behind"));
			notices.addAll(behind(LagClass.SERIOUSLY_BEHIND, judged, "tracking.reminders.inbox.seriously-behind"));
		}
		return notices;
	}

	private List<HomeNotice> behind(LagClass lag, YearMonth month, String key) {
		long count = tracking.countItems(new TrackedItemFilter(null, null, TrackedItemStatus.TRACKED, lag, month));
		return HomeNotice.counting(count, key, "/tracking/items?lag=" + lag + "&month=" + month, RocDates.formatMonth(month));
	}

}
