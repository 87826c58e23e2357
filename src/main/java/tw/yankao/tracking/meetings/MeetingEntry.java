package tw.yankao.tracking.meetings;

/**
 * What a person enters to open a control meeting.
 *
 * @param level CITY or AGENCY
 * @param agencyCode the agency whose meeting it is, for an agency meeting
 * @param month the month reviewed, {@code YYYY-MM}
 * @param heldOn the day it is held, ISO date
 */
public record MeetingEntry(String level, String agencyCode, String month, String heldOn) {
}
