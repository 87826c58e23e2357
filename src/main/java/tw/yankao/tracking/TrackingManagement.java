package tw.yankao.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.plan.PlanIndicatorDirectory;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;
import tw.yankao.tracking.internal.ExecutionRates;
import tw.yankao.tracking.internal.ProgressReports;
import tw.yankao.tracking.internal.TrackedItems;

/**
 * The tracking module's facade: tracked items, their monthly progress and execution rates. Every
 * method checks that the item's owner agency is in the caller's scope; which roles may call which
 * method is decided by the access rules. Every change is audited; a change either saves whole or
 * not at all.
 */
@Service
public class TrackingManagement {

	static final String ITEM = "tracked-item";
	static final String REPORT = "progress-report";

	private final TrackedItems items;
	private final ProgressReports reports;
	private final ExecutionRates rates;
	private final AgencyScope scope;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TrackedItemRules itemRules;
	private final ProgressRules progressRules;
	private final AgencyDirectory directory;

	TrackingManagement(TrackedItems items, ProgressReports reports, ExecutionRates rates, AgencyScope scope,
			AgencyDirectory agencies, ApplicationEventPublisher events, Clock clock, CityProfile profile, PlanIndicatorDirectory indicators) {
		this.items = items;
		this.reports = reports;
		this.rates = rates;
		this.scope = scope;
		this.events = events;
		this.clock = clock;
		this.itemRules = new TrackedItemRules(profile.tracking(), id -> agencies.findById(id).isPresent(), clock,
				(indicator, agency) -> indicators.indicator(indicator).filter(i -> i.agencyId() == agency).isPresent());
		this.progressRules = new ProgressRules(profile);
		this.directory = agencies;
	}

	/** The item, if the caller may see its owner agency. */
	@Transactional(readOnly = true)
	public TrackedItem item(long id) {
		TrackedItem item = items.find(id).orElseThrow(() -> new NotFound("tracked item", id));
		scope.checkAccess(item.ownerAgencyId());
		return item;
	}

	/** Items the caller may see that match the filter, newest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<TrackedItemSummary> items(TrackedItemFilter filter, int limit) {
		return items.list(accessibleAgencies(), owners(filter), filter, 0, limit);
	}

	/** How many items the caller may see match the filter, counted in the database. */
	@Transactional(readOnly = true)
	public long countItems(TrackedItemFilter filter) {
		return items.count(accessibleAgencies(), owners(filter), filter);
	}

	/** One page ({@code page} from 1) of the items the caller may see that match the filter, newest first. */
	@Transactional(readOnly = true)
	public TrackedItemPage itemPage(TrackedItemFilter filter, int page, int size) {
		List<Long> agencies = accessibleAgencies();
		List<Long> owners = owners(filter);
		int shown = Math.max(1, page);
		return new TrackedItemPage(items.list(agencies, owners, filter, (long) (shown - 1) * size, size), shown, size,
				items.count(agencies, owners, filter));
	}

	/** The agencies the caller may see, or null for the whole city. */
	private List<Long> accessibleAgencies() {
		return scope.accessibleAgencies().map(List::copyOf).orElse(null);
	}

	/** The filter's owner agency with its units, or null for any owner. */
	private List<Long> owners(TrackedItemFilter filter) {
		return filter.agencyId() == null ? null : List.copyOf(directory.subtree(filter.agencyId()));
	}

	/**
	 * Creates a tracked item in an agency of the caller's scope.
	 * @throws InvalidInput naming every bad field
	 */
	@Transactional
	public TrackedItem create(TrackedItemEntry typed) {
		TrackedItemEntry entry = itemRules.completed(typed);
		check(entry, 0);
		long id = items.insert(entry, clock.instant());
		TrackedItem created = items.find(id).orElseThrow();
		events.publishEvent(DataChanged.created(ITEM, id, created));
		return created;
	}

	/**
	 * Changes a tracked item.
	 * @throws InvalidInput naming every bad field
	 * @throws TrackingConflict when the item is no longer at {@code entry.version()}
	 */
	@Transactional
	public TrackedItem update(long id, TrackedItemEntry typed) {
		TrackedItemEntry entry = itemRules.completed(typed);
		TrackedItem before = item(id);
		check(entry, id);
		int version = entry.version() == null ? -1 : entry.version();
		if (!items.update(id, version, entry, clock.instant())) {
			throw new TrackingConflict(id);
		}
		TrackedItem after = items.find(id).orElseThrow();
		events.publishEvent(DataChanged.updated(ITEM, id, before, after));
		return after;
	}

	@Transactional(readOnly = true)
	public List<ProgressReport> reports(long itemId) {
		item(itemId);
		return reports.ofItem(itemId);
	}

	/**
	 * Creates or changes the item's report of the entry's month, classifying its lag.
	 * @throws InvalidInput naming every bad field
	 * @throws TrackingConflict when the month's report is no longer at {@code entry.version()}
	 */
	@Transactional
	public ProgressReport report(long itemId, ProgressEntry entry) {
		TrackedItem item = item(itemId);
		YearMonth month = ReportMonth.parse(entry.month());
		Optional<ProgressReport> existing = reports.find(itemId, month);
		Instant now = clock.instant();
		ProgressReport report = progressRules.report(item, entry, existing, reports.latestBefore(itemId, month), now);
		if (!reports.save(report)) {
			throw new TrackingConflict(itemId);
		}
		ProgressReport saved = reports.find(itemId, month).orElseThrow();
		events.publishEvent(existing.isEmpty() ? DataChanged.created(REPORT, saved.id(), saved)
				: DataChanged.updated(REPORT, saved.id(), existing.get(), saved));
		return saved;
	}

	/** When the month's reports are due: reports saved from then on are late. */
	public Instant reportDeadline(YearMonth month) {
		return progressRules.deadline(month);
	}

	/** Execution rates of every agency with items tracked in the month (all types), whatever the caller's scope. */
	@Transactional(readOnly = true)
	public List<ExecutionRate> executionRates(YearMonth month) {
		return rates.of(month, null, null);
	}

	/**
	 * The execution rate over one type of item of an agency and the units below it, or of the whole
	 * city when {@code agencyId} is null; empty when none was tracked in the month.
	 */
	@Transactional(readOnly = true)
	public Optional<ExecutionRate> executionRate(Long agencyId, TrackedItemType type, YearMonth month) {
		List<ExecutionRate> byAgency = rates.of(month, type, agencyId == null ? null : directory.subtree(agencyId));
		ExecutionRate total = ExecutionRate.city(byAgency);
		return total.tracked() == 0 ? Optional.empty()
				: Optional.of(new ExecutionRate(agencyId, total.tracked(), total.ahead(), total.onSchedule(), total.behind(),
						total.seriouslyBehind()));
	}

	/** The latest month anyone reported progress for, empty before the first report. */
	@Transactional(readOnly = true)
	public Optional<YearMonth> latestReportedMonth() {
		return rates.latestReportedMonth();
	}

	/**
	 * Marks a tracked item completed, e.g. once its council reply is approved; audited like any change.
	 * @throws TrackingConflict when the item is no longer at {@code version}
	 */
	@Transactional
	public TrackedItem complete(long id, int version) {
		TrackedItem before = item(id);
		if (!items.changeStatus(id, version, TrackedItemStatus.COMPLETED, clock.instant())) {
			throw new TrackingConflict(id);
		}
		TrackedItem after = items.find(id).orElseThrow();
		events.publishEvent(DataChanged.updated(ITEM, id, before, after));
		return after;
	}

	private void check(TrackedItemEntry entry, long id) {
		itemRules.check(entry);
		scope.checkAccess(entry.ownerAgencyId());
		if (items.numberTaken(entry.number().strip(), id)) {
			throw new InvalidInput("number", "tracking.item.number-taken", entry.number().strip());
		}
	}

}
