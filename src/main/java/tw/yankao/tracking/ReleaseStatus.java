package tw.yankao.tracking;

/**
 * Where a release request (解除列管申請) stands: open until the RDEC approves or refuses it;
 * {@link #REOPENED} records the RDEC putting a released item back under tracking.
 */
public enum ReleaseStatus {
	OPEN, APPROVED, REFUSED, REOPENED
}
