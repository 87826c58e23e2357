package tw.yankao.petition.open311;

import java.time.Instant;

/**
 * An application allowed to submit service requests.
 *
 * @param keyPrefix the first characters of its key, to tell keys apart; the key itself is not kept
 * @param revokedAt when an administrator revoked the key, or null while it is valid
 */
public record Open311Client(long id, String name, String keyPrefix, Instant createdAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
