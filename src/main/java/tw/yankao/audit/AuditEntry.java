package tw.yankao.audit;

import java.time.Instant;

/**
 * One recorded change to business data, exactly as stored. Entries are never changed or removed.
 *
 * @param id the position in the chain: 1 for the first entry, then one more for each entry, without gaps
 * @param recordedAt when the change was recorded, to the microsecond
 * @param actor the username of whoever made the change; null for system jobs and anonymous requests
 * @param agencyId the actor's agency; null when the actor has none or there is no actor
 * @param entity the kind of record changed, e.g. {@code agency}
 * @param entityId the changed record's id as text
 * @param action {@code CREATE}, {@code UPDATE}, {@code DELETE} or a domain verb such as {@code IMPORT}
 * @param beforeJson the record before the change as JSON text; null on create
 * @param afterJson the record after the change as JSON text; null on delete
 * @param requestId the id of the web request that made the change; null outside web requests
 * @param previousHash the {@code hash} of entry {@code id - 1}, or 64 zeros for the first entry
 * @param hash lower-case hex SHA-256 over this entry's fields and {@code previousHash}, serialised as
 *        documented on column {@code audit_entry.hash} (V3__audit_log.sql)
 */
public record AuditEntry(long id, Instant recordedAt, String actor, Long agencyId, String entity, String entityId,
		String action, String beforeJson, String afterJson, String requestId, String previousHash, String hash) {
}
