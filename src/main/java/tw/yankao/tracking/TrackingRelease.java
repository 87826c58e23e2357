package tw.yankao.tracking;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;
import tw.yankao.tracking.internal.ReleaseRequests;
import tw.yankao.tracking.internal.TrackedItems;

/**
 * Release from tracking (解除列管): an agency asks with a reason, the RDEC approves (the item is
 * released) or refuses with a reason, and may put a released item back under tracking with a
 * reason. Which roles may call which step is decided by the access rules; every step checks the
 * item's agency scope, saves whole or not at all and is audited.
 */
@Service
public class TrackingRelease {

	static final String REQUEST = "release-request";

	private final TrackingManagement tracking;
	private final TrackedItems items;
	private final ReleaseRequests requests;
	private final CurrentUsers users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	TrackingRelease(TrackingManagement tracking, TrackedItems items, ReleaseRequests requests, CurrentUsers users,
			ApplicationEventPublisher events, Clock clock) {
		this.tracking = tracking;
		this.items = items;
		this.requests = requests;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** The item's requests and reopenings, newest first. */
	@Transactional(readOnly = true)
	public List<ReleaseRequest> history(long itemId) {
		tracking.item(itemId);
		return requests.ofItem(itemId);
	}

	/** Every open request, oldest first. */
	@Transactional(readOnly = true)
	public List<ReleaseRequest> open() {
		return requests.open();
	}

	@Transactional(readOnly = true)
	public long openCount() {
		return requests.countOpen();
	}

	/**
	 * Asks for the item's release.
	 * @throws InvalidInput when the reason is blank, the item is not tracked or a request is open
	 * @throws TrackingConflict when the item is no longer at {@code itemVersion}
	 */
	@Transactional
	public ReleaseRequest request(long itemId, int itemVersion, String reason) {
		TrackedItem item = tracking.item(itemId);
		String why = required("reason", reason);
		checkVersion(item, itemVersion);
		if (item.status() != TrackedItemStatus.TRACKED) {
			throw new InvalidInput("status", "tracking.release.not-tracked");
		}
		if (requests.openOf(itemId).isPresent()) {
			throw new InvalidInput("status", "tracking.release.already-open");
		}
		long id = requests.insert(itemId, ReleaseStatus.OPEN, why, username(), clock.instant());
		ReleaseRequest created = requests.find(id).orElseThrow();
		events.publishEvent(DataChanged.created(REQUEST, id, created));
		return created;
	}

	/**
	 * Approves the open request: the item is released.
	 * @throws TrackingConflict when the request or its item changed since read
	 */
	@Transactional
	public ReleaseRequest approve(long requestId, int version) {
		return decide(requestId, version, ReleaseStatus.APPROVED, null);
	}

	/**
	 * Refuses the open request; the item stays tracked.
	 * @throws InvalidInput when the reason is blank or the request is not open
	 */
	@Transactional
	public ReleaseRequest refuse(long requestId, int version, String reason) {
		return decide(requestId, version, ReleaseStatus.REFUSED, required("decisionReason", reason));
	}

	/**
	 * Puts a released item back under tracking.
	 * @throws InvalidInput when the reason is blank or the item is not released
	 * @throws TrackingConflict when the item is no longer at {@code itemVersion}
	 */
	@Transactional
	public ReleaseRequest reopen(long itemId, int itemVersion, String reason) {
		TrackedItem before = tracking.item(itemId);
		String why = required("reason", reason);
		if (before.status() != TrackedItemStatus.RELEASED) {
			throw new InvalidInput("status", "tracking.release.not-released");
		}
		changeStatus(before, itemVersion, TrackedItemStatus.TRACKED);
		String by = username();
		long id = requests.insert(itemId, ReleaseStatus.REOPENED, why, by, clock.instant());
		ReleaseRequest reopening = requests.find(id).orElseThrow();
		events.publishEvent(DataChanged.created(REQUEST, id, reopening));
		return reopening;
	}

	private ReleaseRequest decide(long requestId, int version, ReleaseStatus decision, String reason) {
		ReleaseRequest before = requests.find(requestId).orElseThrow(() -> new NotFound("release request", requestId));
		TrackedItem item = tracking.item(before.itemId());
		if (before.status() != ReleaseStatus.OPEN) {
			throw new InvalidInput("status", "tracking.release.not-open");
		}
		if (!requests.decide(requestId, version, decision, reason, username(), clock.instant())) {
			throw new TrackingConflict(item.id());
		}
		if (decision == ReleaseStatus.APPROVED) {
			if (item.status() != TrackedItemStatus.TRACKED) {
				throw new InvalidInput("status", "tracking.release.not-tracked");
			}
			changeStatus(item, item.version(), TrackedItemStatus.RELEASED);
		}
		ReleaseRequest after = requests.find(requestId).orElseThrow();
		events.publishEvent(DataChanged.updated(REQUEST, requestId, before, after));
		return after;
	}

	private void changeStatus(TrackedItem before, int version, TrackedItemStatus status) {
		if (!items.changeStatus(before.id(), version, status, clock.instant())) {
			throw new TrackingConflict(before.id());
		}
		events.publishEvent(DataChanged.updated(TrackingManagement.ITEM, before.id(), before,
				items.find(before.id()).orElseThrow()));
	}

	private static void checkVersion(TrackedItem item, int version) {
		if (item.version() != version) {
			throw new TrackingConflict(item.id());
		}
	}

	private static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "tracking.release.reason-required");
		}
		return value.strip();
	}

	private String username() {
		return users.current().map(CurrentUser::username).orElse("system");
	}

}
