package tw.yankao.notify;

import java.time.Instant;

/**
 * What a module announces to the group channels: a case and where to deal with it, never who
 * filed it. Targets choose by {@link Kind} and, optionally, by the case's agency.
 *
 * @param kind what happened
 * @param level for an escalation, {@code NEAR} or {@code MISSED}; null otherwise
 * @param agencyId the case's agency (org module's id), or null when unassigned
 * @param caseNumber e.g. {@code TC1151124-000123}
 * @param category the sub-category's name, e.g. {@code 路樹傾倒}
 * @param district e.g. {@code 西屯區}, or null
 * @param deadline the case's deadline
 * @param link a path inside the application, e.g. {@code /petitions/cases/TC1151124-000123}
 */
public record WebhookEvent(Kind kind, String level, Long agencyId, String caseNumber, String category, String district,
		Instant deadline, String link) {

	/** The events a target may subscribe to. */
	public enum Kind {
		URGENT_CASE, ESCALATION
	}

}
