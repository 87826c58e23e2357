package tw.yankao.tracking.meetings;

/** The meeting record was saved by someone else since it was read: reload it and enter again. */
public class MeetingConflict extends RuntimeException {

	public MeetingConflict(long meetingId) {
		super("control meeting " + meetingId + " was changed by someone else; reload it");
	}

}
