package tw.yankao.petition.calls;

import java.time.LocalDateTime;

/**
 * One call to the 1999 line as the telephony system records it, in local time.
 *
 * @param callId the telephony system's id, unique
 * @param queue the queue (skill group) the call waited in
 * @param startedAt when the call entered the queue
 * @param answeredAt when an agent answered; null when nobody did
 * @param endedAt when the call ended
 * @param agent the answering agent's id; null when nobody answered
 * @param abandoned whether the caller hung up before an answer
 */
public record CallRecord(String callId, String queue, LocalDateTime startedAt, LocalDateTime answeredAt,
		LocalDateTime endedAt, String agent, boolean abandoned) {
}
