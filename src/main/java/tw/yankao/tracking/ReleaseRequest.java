package tw.yankao.tracking;

import java.time.Instant;

/**
 * One step of releasing an item from tracking (解除列管): an agency's request with the RDEC's
 * decision, or the RDEC's reopening of a released item.
 *
 * @param id the id
 * @param itemId the tracked item
 * @param status where it stands
 * @param reason why the agency asks for release (or why the RDEC reopens)
 * @param requestedBy login name of who asked
 * @param requestedAt when
 * @param decidedBy login name of the RDEC staff who decided, null while open
 * @param decisionReason why a request was refused, null otherwise
 * @param decidedAt when it was decided, null while open
 * @param version the optimistic-locking version
 */
public record ReleaseRequest(long id, long itemId, ReleaseStatus status, String reason, String requestedBy,
		Instant requestedAt, String decidedBy, String decisionReason, Instant decidedAt, int version) {
}
