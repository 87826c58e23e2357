package tw.yankao.audit;

/**
 * The result of checking the audit chain from its first entry to its last: either intact, or
 * the first broken link. Entries after a broken link are not checked.
 * <p>
 * The chain cannot show entries removed from its end; compare {@code entriesChecked} with a
 * count noted earlier to see those.
 *
 * @param entriesChecked the number of entries found intact before the first broken link, or all of them
 * @param brokenLink the first broken link; null when the chain is intact
 */
public record AuditVerification(long entriesChecked, BrokenLink brokenLink) {

	public static AuditVerification intact(long entriesChecked) {
		return new AuditVerification(entriesChecked, null);
	}

	public static AuditVerification broken(long entriesChecked, BrokenLink brokenLink) {
		return new AuditVerification(entriesChecked, brokenLink);
	}

	public boolean isIntact() {
		return brokenLink == null;
	}

	/** What is wrong at a broken link. */
	public enum Problem {
		/** The entry's content no longer gives its hash: the row was changed. */
		HASH_MISMATCH,
		/** The entry does not name its predecessor's hash: an entry before it was deleted or inserted. */
		PREVIOUS_HASH_MISMATCH,
		/** The entry's id does not follow its predecessor's, although the hashes link: ids were changed. */
		ID_GAP
	}

	/**
	 * @param entryId the id of the first entry that does not check out
	 * @param problem what kind of break it is
	 * @param detail one line for people, naming the entries involved (no personal data)
	 */
	public record BrokenLink(long entryId, Problem problem, String detail) {
	}

}
