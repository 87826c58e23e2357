package tw.yankao.tracking.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import tw.yankao.tracking.TrackedItemType;

/**
 * A council resolution or councillor's written question with its reply, as stored. It is also
 * the tracked item {@code itemId}.
 *
 * @param itemId the tracked item's id
 * @param sessionId the session it was raised in
 * @param type {@link TrackedItemType#COUNCIL_RESOLUTION} or {@link TrackedItemType#COUNCILLOR_QUESTION}
 * @param number the council's number within the session and type
 * @param councillors the councillors who raised it, as the council writes them
 * @param subject the subject (案由)
 * @param text the question's or resolution's text
 * @param ownerAgencyId the agency that replies (org module id)
 * @param coAgencyIds agencies that help (org module ids), possibly empty
 * @param replyDueOn the reply deadline (ISO date)
 * @param replyState where the reply stands
 * @param replyText the reply, null until drafted
 * @param repliedAt when the head approved the reply; null before
 * @param late whether the reply was approved after the deadline's day (Taipei time); null before
 * @param version the optimistic-locking version of the reply
 */
public record CouncilQuestion(long itemId, long sessionId, TrackedItemType type, String number, String councillors,
		String subject, String text, long ownerAgencyId, List<Long> coAgencyIds, LocalDate replyDueOn,
		ReplyState replyState, String replyText, Instant repliedAt, Boolean late, int version) {

	/** Where a reply stands: nothing written, drafted by the liaison, submitted to the head, approved and sent. */
	public enum ReplyState {
		OPEN, DRAFT, SUBMITTED, APPROVED
	}

	/** Whether the deadline passed on {@code today} without an approved reply. */
	public boolean isOverdueOn(LocalDate today) {
		return replyState != ReplyState.APPROVED && today.isAfter(replyDueOn);
	}

}
