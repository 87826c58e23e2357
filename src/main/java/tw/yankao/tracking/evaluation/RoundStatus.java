package tw.yankao.tracking.evaluation;

/** An evaluation round is open while reviewers score and final, read-only, once the RDEC finalises it. */
public enum RoundStatus {
	OPEN, FINAL
}
