package tw.yankao.petition;

import java.time.Instant;

/**
 * A case that was open after its deadline at a given moment; no personal data.
 *
 * @param closedAt null while it is still open
 */
public record OverdueCase(CaseNumber number, String category, String district, Long agencyId, Instant receivedAt,
		Instant deadline, Instant closedAt) {
}
