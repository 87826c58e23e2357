package tw.yankao.audit;

import java.time.Instant;

/**
 * Which audit entries to find. Every filter is optional: null means "any"; the filters that are
 * set must all match (exact, case-sensitive matches).
 *
 * @param entity the kind of record, e.g. {@code agency}
 * @param entityId the record's id; meaningful together with {@code entity}
 * @param actor the username of whoever acted
 * @param agencyId the actor's agency
 * @param action e.g. {@code UPDATE}
 * @param from the earliest time recorded, inclusive
 * @param to the latest time recorded, exclusive
 * @param requestId the web request's id
 */
public record AuditQuery(String entity, String entityId, String actor, Long agencyId, String action,
		Instant from, Instant to, String requestId) {

	/** No filter: every entry. */
	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null, null);
	}

	/** Entries about one record. */
	public static AuditQuery ofRecord(String entity, String entityId) {
		return all().withEntity(entity).withEntityId(entityId);
	}

	public AuditQuery withEntity(String entity) {
		return new AuditQuery(entity, entityId, actor, agencyId, action, from, to, requestId);
	}

	public AuditQuery withEntityId(String entityId) {
		return new AuditQuery(entity, entityId, actor, agencyId, action, from, to, requestId);
	}

	public AuditQuery withActor(String actor) {
		return new AuditQuery(entity, entityId, actor, agencyId, action, from, to, requestId);
	}

	public AuditQuery withAgencyId(Long agencyId) {
		return new AuditQuery(entity, entityId, actor, agencyId, action, from, to, requestId);
	}

	public AuditQuery withAction(String action) {
		return new AuditQuery(entity, entityId, actor, agencyId, action, from, to, requestId);
	}

	/** Entries recorded at or after {@code from} and before {@code to}; either may be null. */
	public AuditQuery withPeriod(Instant from, Instant to) {
		return new AuditQuery(entity, entityId, actor, agencyId, action, from, to, requestId);
	}

	public AuditQuery withRequestId(String requestId) {
		return new AuditQuery(entity, entityId, actor, agencyId, action, from, to, requestId);
	}

}
