package tw.yankao.audit;

import java.util.Optional;

/**
 * Reads the audit log and checks its hash chain. Read-only: entries are written only by the audit
 * module itself, for each {@link tw.yankao.shared.DataChanged} event. Callers decide who may read
 * (the log holds the before and after of records, which may include personal data).
 */
public interface AuditTrail {

	/** The largest page size {@link #find} accepts. */
	int MAX_PAGE_SIZE = 500;

	/**
	 * Finds entries, newest first.
	 * @param query the filters; {@link AuditQuery#all()} for none
	 * @param page the page number, from 0
	 * @param size entries per page, from 1 to {@link #MAX_PAGE_SIZE}
	 * @throws IllegalArgumentException if page or size is out of range
	 */
	AuditPage find(AuditQuery query, int page, int size);

	/** The entry with this id, if there is one. */
	Optional<AuditEntry> entry(long id);

	/**
	 * Checks the whole chain, from the first entry to the last, and stops at the first broken link.
	 * Reads every entry once: on a large log this takes a while.
	 */
	AuditVerification verify();

}
