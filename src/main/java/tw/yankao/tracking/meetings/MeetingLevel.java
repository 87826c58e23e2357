package tw.yankao.tracking.meetings;

/** Whose control meeting: the city's (府層級管制會報, chaired for the mayor) or one agency's own. */
public enum MeetingLevel {
	CITY, AGENCY
}
