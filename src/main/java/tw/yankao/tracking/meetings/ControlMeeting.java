package tw.yankao.tracking.meetings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A control meeting (管制會報) and its record.
 *
 * @param agencyId the agency whose meeting it is (org module id), null for the city's
 * @param month the month reviewed
 * @param heldOn the day it was held (ISO date)
 * @param attendees who attended, as written, null until recorded
 * @param summary the summary of the discussion, null until recorded
 * @param decisions the decisions in order, each followed up as a tracked item
 */
public record ControlMeeting(long id, MeetingLevel level, Long agencyId, YearMonth month, LocalDate heldOn,
		String attendees, String summary, int version, List<MeetingDecision> decisions) {

	public ControlMeeting {
		decisions = decisions == null ? List.of() : List.copyOf(decisions);
	}

	/** Whether it is the city's meeting, which only city-wide staff see; an agency's is seen by its scope. */
	public boolean isCity() {
		return level == MeetingLevel.CITY;
	}

}
