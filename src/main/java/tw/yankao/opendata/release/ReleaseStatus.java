package tw.yankao.opendata.release;

/** DRAFT while being built, then CHECKED (every blocking check passed) or BLOCKED; the RDEC publishes a CHECKED one. */
public enum ReleaseStatus {
	DRAFT, CHECKED, PUBLISHED, BLOCKED
}
