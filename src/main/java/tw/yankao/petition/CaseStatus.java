package tw.yankao.petition;

/** Where a case stands in the handling workflow. */
public enum CaseStatus {
	RECEIVED, ASSIGNED, ACCEPTED, RETURNED, IN_PROGRESS, REPLY_DRAFTED, CLOSED, MERGED;

	public boolean isOpen() {
		return this != CLOSED && this != MERGED;
	}
}
