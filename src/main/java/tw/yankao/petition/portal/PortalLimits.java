package tw.yankao.petition.portal;

import java.time.Duration;

/**
 * How long codes live and how many attempts the portal allows. National practice sets none of
 * these; they are the portal's own safety margins against guessing and flooding.
 */
final class PortalLimits {

	/** A verification code's life. */
	static final Duration CODE_LIFE = Duration.ofMinutes(10);

	/** Wrong entries of one code before it is void. */
	static final int CODE_ATTEMPTS = 5;

	/** Codes sent to one address in {@link #SEND_WINDOW}. */
	static final int SENDS_PER_ADDRESS = 3;

	/** Codes requested from one IP address in {@link #SEND_WINDOW}. */
	static final int SENDS_PER_IP = 10;

	static final Duration SEND_WINDOW = Duration.ofMinutes(10);

	/** Status look-ups from one IP address in {@link #STATUS_WINDOW}. */
	static final int STATUS_TRIES_PER_IP = 10;

	static final Duration STATUS_WINDOW = Duration.ofMinutes(10);

	private PortalLimits() {
	}

}
