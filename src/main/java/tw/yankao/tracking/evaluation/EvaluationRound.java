package tw.yankao.tracking.evaluation;

import java.time.Instant;

/**
 * The year-end evaluation of one ROC year.
 *
 * @param rocYear the evaluated ROC year, e.g. 114
 * @param status open or final
 * @param openedBy the RDEC user who opened it
 * @param openedAt when
 * @param finalisedBy who finalised it, null while open
 * @param finalisedAt when, null while open
 * @param version the optimistic-locking version
 */
public record EvaluationRound(int rocYear, RoundStatus status, String openedBy, Instant openedAt, String finalisedBy,
		Instant finalisedAt, int version) {

	public boolean isFinal() {
		return status == RoundStatus.FINAL;
	}

	/** The evaluated Gregorian year. */
	public int year() {
		return rocYear + 1911;
	}

}
