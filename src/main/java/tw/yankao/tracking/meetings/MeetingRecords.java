package tw.yankao.tracking.meetings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;
import tw.yankao.shared.web.NotFound;
import tw.yankao.tracking.ControlLevel;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemEntry;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.TrackingManagement;

/**
 * Control meetings and their records. A city meeting is for city-wide staff; an agency's meeting
 * for those whose scope holds the agency. Each decision becomes a tracked item in the same
 * transaction, so that no decision is recorded without being followed up, and the item's
 * details name the meeting and decision it came from.
 */
@Service
public class MeetingRecords {

	static final String MEETING = "control-meeting";
	static final String DECISION = "meeting-decision";
	private static final int TITLE_LENGTH = 300;

	private final Meetings meetings;
	private final TrackingManagement tracking;
	private final AgencyDirectory agencies;
	private final AgencyScope scope;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final MeetingPacks packs;

	MeetingRecords(Meetings meetings, TrackingManagement tracking, AgencyDirectory agencies, AgencyScope scope,
			ApplicationEventPublisher events, Clock clock, MeetingPacks packs) {
		this.meetings = meetings;
		this.tracking = tracking;
		this.agencies = agencies;
		this.scope = scope;
		this.events = events;
		this.clock = clock;
		this.packs = packs;
	}

	/** The meetings the caller may see, newest month first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<ControlMeeting> meetings(int limit) {
		return meetings.list(scope.accessibleAgencies().map(List::copyOf).orElse(null), limit);
	}

	/** @throws NotFound when there is none; AccessDeniedException when the caller may not see it */
	@Transactional(readOnly = true)
	public ControlMeeting meeting(long id) {
		ControlMeeting meeting = meetings.find(id).orElseThrow(() -> new NotFound("control meeting", id));
		checkAccess(meeting);
		return meeting;
	}

	/** @throws InvalidInput naming every bad field */
	@Transactional
	public ControlMeeting open(MeetingEntry entry) {
		List<FieldError> errors = new ArrayList<>();
		MeetingLevel level = level(entry.level(), errors);
		Agency agency = null;
		if (level == MeetingLevel.AGENCY) {
			agency = agencies.findByCode(entry.agencyCode() == null ? "" : entry.agencyCode().strip()).orElse(null);
			if (agency == null) {
				errors.add(new FieldError("agencyCode", "meetings.agency.unknown", entry.agencyCode()));
			}
		}
		YearMonth month = null;
		try {
			month = PackMonth.parse(entry.month(), packs.thisMonth());
		}
		catch (InvalidInput invalid) {
			errors.addAll(invalid.errors());
		}
		LocalDate heldOn = date("heldOn", entry.heldOn(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		if (level == MeetingLevel.CITY) {
			MeetingPacks.checkCityWide(scope);
		}
		else {
			scope.checkAccess(agency.id());
		}
		long id = meetings.insert(level, agency == null ? null : agency.id(), month, heldOn, clock.instant());
		ControlMeeting opened = meetings.find(id).orElseThrow();
		events.publishEvent(DataChanged.created(MEETING, id, opened));
		return opened;
	}

	/** Records who attended and what was said. @throws MeetingConflict when someone saved it meanwhile */
	@Transactional
	public ControlMeeting record(long id, int version, String attendees, String summary) {
		ControlMeeting before = meeting(id);
		if (!meetings.updateRecord(id, version, blankToNull(attendees), blankToNull(summary))) {
			throw new MeetingConflict(id);
		}
		ControlMeeting after = meetings.find(id).orElseThrow();
		events.publishEvent(DataChanged.updated(MEETING, id, before, after));
		return after;
	}

	/**
	 * Adds a decision and the tracked item that follows it up.
	 * @throws InvalidInput naming every bad field; nothing is saved then
	 */
	@Transactional
	public MeetingDecision decide(long meetingId, DecisionEntry entry) {
		ControlMeeting meeting = meeting(meetingId);
		List<FieldError> errors = new ArrayList<>();
		String decision = blankToNull(entry.decision());
		if (decision == null) {
			errors.add(new FieldError("decision", "meetings.field.required"));
		}
		Agency owner = entry.ownerAgencyId() == null ? null : agencies.findById(entry.ownerAgencyId()).orElse(null);
		if (owner == null) {
			errors.add(new FieldError("ownerAgencyId", entry.ownerAgencyId() == null ? "meetings.field.required"
					: "meetings.agency.unknown", entry.ownerAgencyId()));
		}
		LocalDate due = date("dueDate", entry.dueDate(), errors);
		if (due != null && due.isBefore(meeting.heldOn())) {
			errors.add(new FieldError("dueDate", "meetings.decision.due-before-meeting"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		int position = meetings.nextPosition(meetingId);
		TrackedItem item = tracking.create(itemOf(meeting, position, decision, owner, due));
		long id = meetings.insertDecision(meetingId, position, decision, owner.id(), due, item.id(), clock.instant());
		MeetingDecision saved = meetings.find(meetingId).orElseThrow().decisions().stream()
			.filter(d -> d.id() == id).findFirst().orElseThrow();
		events.publishEvent(DataChanged.created(DECISION, id, saved));
		return saved;
	}

	/**
	 * The item that follows a decision up: a city meeting's is a 市政會議指示 under city control; an
	 * agency meeting's is the agency's own special project (專案列管, self-controlled), there being
	 * no item type for agency meeting decisions. It is planned complete in the due month and has the
	 * due date as its checkpoint, so that it falls behind once the date passes unreached.
	 */
	private static TrackedItemEntry itemOf(ControlMeeting meeting, int position, String decision, Agency owner,
			LocalDate due) {
		boolean city = meeting.isCity();
		String title = decision.length() > TITLE_LENGTH ? decision.substring(0, TITLE_LENGTH - 1) + "…" : decision;
		return new TrackedItemEntry(city ? TrackedItemType.CITY_MEETING_INSTRUCTION : TrackedItemType.SPECIAL_PROJECT,
				"MTG-" + meeting.id() + "-" + position, title, owner.id(), List.of(),
				city ? ControlLevel.CITY : ControlLevel.AGENCY, owner.nameZh(), meeting.heldOn(), due, BigDecimal.ZERO,
				BigDecimal.ZERO, TrackedItemStatus.TRACKED,
				Map.of("meetingId", String.valueOf(meeting.id()), "meetingDecision", String.valueOf(position),
						"meetingMonth", meeting.month().toString()),
				Map.of(YearMonth.from(due), BigDecimal.valueOf(100)),
				List.of(new TrackedItem.Checkpoint("決議事項辦結", due, null)), null, null, null);
	}

	private void checkAccess(ControlMeeting meeting) {
		if (meeting.isCity()) {
			MeetingPacks.checkCityWide(scope);
		}
		else {
			scope.checkAccess(meeting.agencyId());
		}
	}

	private static MeetingLevel level(String text, List<FieldError> errors) {
		try {
			return MeetingLevel.valueOf(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException e) {
			errors.add(new FieldError("level", "meetings.level.unknown", text));
			return null;
		}
	}

	private static LocalDate date(String field, String text, List<FieldError> errors) {
		if (blankToNull(text) == null) {
			errors.add(new FieldError(field, "meetings.field.required"));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			errors.add(new FieldError(field, "meetings.field.date", text));
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
