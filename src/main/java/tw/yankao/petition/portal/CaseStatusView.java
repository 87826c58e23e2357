package tw.yankao.petition.portal;

import java.time.Instant;
import java.util.List;

import tw.yankao.petition.CaseStatus;

/**
 * What the status page shows of a case: no personal data, no description (it may hold some).
 *
 * @param agencyName the agency handling it, or null while unassigned
 * @param reply the agency's answer, only once the case is closed
 * @param photos the copies without metadata, as data URLs
 */
public record CaseStatusView(String number, String category, CaseStatus status, Instant receivedAt, Instant deadline,
		Instant closedAt, String agencyName, String reply, List<String> photos) {
}
