package tw.yankao.petition;

import java.time.Instant;

/**
 * One line of a case's history: a workflow step taken.
 *
 * @param step the step, e.g. {@code ACCEPT}
 * @param from the status before, null for the receipt
 * @param to the status after
 * @param agencyId the agency the case was with after the step
 * @param actorName the staff member's log-in name, null for the system
 * @param reason the reason given, if the step asks for one
 */
public record CaseStep(String step, CaseStatus from, CaseStatus to, Long agencyId, String actorName, String reason,
		Instant at) {
}
