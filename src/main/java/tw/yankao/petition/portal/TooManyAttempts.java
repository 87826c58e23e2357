package tw.yankao.petition.portal;

/** Refused by a rate limit; pages answer 429 with a Retry-After of the window. */
public class TooManyAttempts extends RuntimeException {

	private final long retryAfterSeconds;

	TooManyAttempts(String bucket, long retryAfterSeconds) {
		super("rate limit: " + bucket);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
