package tw.yankao.petition;

import java.time.Instant;

/**
 * A case as stored. {@code petitioner} is null for anonymous cases; it is personal data, to be
 * shown unmasked only to those handling the case.
 *
 * @param agencyId the agency it is assigned to, null while unassigned
 * @param version bumped by every step, for optimistic locking
 */
public record PetitionCase(long id, CaseNumber number, CaseKind kind, Channel channel, String category,
		String description, Location location, Petitioner petitioner, ReplyChannel replyChannel, String language,
		Instant receivedAt, Instant deadline, CaseStatus status, Long agencyId, Instant closedAt, Handling handling,
		int version) {

	/**
	 * The handling state beside the status.
	 *
	 * @param pausedSince set while waiting for the petitioner
	 * @param extensionCount approved extensions
	 * @param extensionDays their days together
	 * @param requestedExtensionDays an extension waiting for the head's approval, or null
	 * @param reply the drafted or sent answer, or null
	 */
	public record Handling(Instant pausedSince, int extensionCount, int extensionDays, Integer requestedExtensionDays,
			String reply) {

		public static final Handling NEW = new Handling(null, 0, 0, null, null);
	}

	public boolean paused() {
		return handling.pausedSince() != null;
	}

	public boolean anonymous() {
		return petitioner == null;
	}

	public boolean overdueAt(Instant now) {
		return status.isOpen() && now.isAfter(deadline);
	}
}
