package tw.yankao.petition.open311;

import java.time.Instant;
import java.util.UUID;

/**
 * A dispatch case as Open311 shows it: where, what, who handles it and by when — never who
 * reported it.
 *
 * @param number the case number, the Open311 service_request_id
 * @param closed whether the case is closed (or merged into another)
 * @param status the workflow status, for status_notes
 * @param description the reporter's text for cases received through Open311; null for cases of
 *        other channels, whose text an agent typed down from a caller and may name people
 * @param address the incident's address as an Open311 reporter gave it, never the petitioner's own;
 *        for cases of other channels masked down to the road
 * @param updatedAt the last workflow step
 * @param token the Open311 token, null for cases of other channels
 */
public record ServiceRequest(long id, String number, boolean closed, String status, String category, String channel,
		String description, Long agencyId, Instant receivedAt, Instant updatedAt, Instant deadline, String address,
		String district, Double latitude, Double longitude, String mediaUrl, UUID token) {
}
