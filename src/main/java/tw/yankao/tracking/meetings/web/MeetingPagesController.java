package tw.yankao.tracking.meetings.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletResponse;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.tracking.meetings.ControlMeeting;
import tw.yankao.tracking.meetings.DecisionEntry;
import tw.yankao.tracking.meetings.MeetingConflict;
import tw.yankao.tracking.meetings.MeetingEntry;
import tw.yankao.tracking.meetings.MeetingPacks;
import tw.yankao.tracking.meetings.MeetingRecords;

/**
 * The meeting list with the form to open one, and a meeting's page: its pack, its record and its
 * decisions with the items that follow them up. A form with bad input comes back with its errors
 * and status 400; nothing is saved then.
 */
@Controller
class MeetingPagesController {

	private static final String LIST = "tracking/meetings/list";
	private static final String MEETING = "tracking/meetings/meeting";
	private static final int LISTED = 100;

	private final MeetingRecords records;
	private final MeetingPacks packs;
	private final AgencyDirectory agencies;
	private final AgencyScope scope;

	MeetingPagesController(MeetingRecords records, MeetingPacks packs, AgencyDirectory agencies, AgencyScope scope) {
		this.records = records;
		this.packs = packs;
		this.agencies = agencies;
		this.scope = scope;
	}

	@GetMapping("/tracking/meetings")
	String list(Model model) {
		return listPage(new MeetingEntry(cityWide() ? "CITY" : "AGENCY", null,
				packs.thisMonth().minusMonths(1).toString(), null), List.of(), model);
	}

	@PostMapping("/tracking/meetings")
	String open(MeetingEntry entry, Model model, HttpServletResponse response) {
		try {
			return "redirect:/tracking/meetings/" + records.open(entry).id();
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return listPage(entry, invalid.errors(), model);
		}
	}

	@GetMapping("/tracking/meetings/{id}")
	String meeting(@PathVariable long id, Model model) {
		return meetingPage(records.meeting(id), new DecisionEntry(null, null, null), List.of(), model);
	}

	@PostMapping("/tracking/meetings/{id}/record")
	String record(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String attendees,
			@RequestParam(required = false) String summary) {
		records.record(id, version, attendees, summary);
		return "redirect:/tracking/meetings/" + id + "?saved=record";
	}

	@PostMapping("/tracking/meetings/{id}/decisions")
	String decide(@PathVariable long id, DecisionEntry entry, Model model, HttpServletResponse response) {
		try {
			records.decide(id, entry);
			return "redirect:/tracking/meetings/" + id + "?saved=decision#decisions";
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return meetingPage(records.meeting(id), entry, invalid.errors(), model);
		}
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(MeetingConflict.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return "tracking/meetings/conflict";
	}

	private String listPage(MeetingEntry entry, List<InvalidInput.FieldError> errors, Model model) {
		model.addAttribute("meetings", records.meetings(LISTED));
		model.addAttribute("entry", entry);
		model.addAttribute("errors", byField(errors));
		model.addAttribute("cityWide", cityWide());
		model.addAttribute("ownAgencies", agencies.all().stream().filter(a -> scope.canAccess(a.id())).toList());
		model.addAttribute("agencies", agencyById());
		model.addAttribute("thisMonth", packs.thisMonth());
		return LIST;
	}

	private String meetingPage(ControlMeeting meeting, DecisionEntry entry, List<InvalidInput.FieldError> errors,
			Model model) {
		model.addAttribute("meeting", meeting);
		Agency agency = meeting.isCity() ? null : agencies.findById(meeting.agencyId()).orElseThrow();
		model.addAttribute("agency", agency);
		model.addAttribute("pack", PackPreview.of(meeting.isCity() ? packs.cityPack(meeting.month())
				: packs.agencyPack(agency.code(), meeting.month())));
		model.addAttribute("formats", List.of("odt", "docx", "pdf", "xlsx"));
		model.addAttribute("entry", entry);
		model.addAttribute("errors", byField(errors));
		model.addAttribute("owners", agencies.all().stream().filter(a -> scope.canAccess(a.id())).toList());
		model.addAttribute("agencies", agencyById());
		return MEETING;
	}

	/** The first error of each field, to show beside it. */
	private static Map<String, InvalidInput.FieldError> byField(List<InvalidInput.FieldError> errors) {
		return errors.stream().collect(Collectors.toMap(e -> String.valueOf(e.field()), Function.identity(), (a, b) -> a));
	}

	private boolean cityWide() {
		return scope.accessibleAgencies().isEmpty();
	}

	private Map<Long, Agency> agencyById() {
		return agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
	}

}
