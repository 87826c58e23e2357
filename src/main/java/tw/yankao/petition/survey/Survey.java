package tw.yankao.petition.survey;

import java.time.Instant;

/**
 * One closure's survey.
 *
 * @param token the petitioner's key to it: whoever holds it may answer, once
 * @param closedAt the closure it asks about
 * @param satisfaction 1 (very unsatisfied) to 5 (very satisfied); null until answered
 * @param reopened whether the answer reopened the case
 */
public record Survey(String token, long caseId, String caseNumber, Long agencyId, Instant closedAt, Instant answeredAt,
		Integer satisfaction, String comment, boolean reopened) {

	public boolean answered() {
		return answeredAt != null;
	}

}
