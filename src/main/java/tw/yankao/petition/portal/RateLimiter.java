package tw.yankao.petition.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts per key in a sliding window, in PostgreSQL so that every instance of a cluster
 * counts the same attempts. Keys are hashed: no IP or e-mail address is stored. An attempt is
 * recorded in its own transaction, so that a refused submission still counts.
 */
@Component
class RateLimiter {

	private final JdbcClient jdbc;

	private final Clock clock;

	RateLimiter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records one attempt.
	 * @throws TooManyAttempts when the key already made {@code limit} attempts in the window
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void hit(String bucket, String key, int limit, Duration window) {
		String hash = Hashes.sha256(bucket, key);
		Instant now = clock.instant();
		// one row lock per key serialises concurrent attempts of the same key
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(bucket + hash).query().singleValue();
		jdbc.sql("delete from portal_rate_hit where bucket = ? and key_hash = ? and at <= ?")
			.params(bucket, hash, Timestamp.from(now.minus(window)))
			.update();
		long recent = jdbc.sql("select count(*) from portal_rate_hit where bucket = ? and key_hash = ?")
			.params(bucket, hash)
			.query(Long.class)
			.single();
		if (recent >= limit) {
			throw new TooManyAttempts(bucket, window.toSeconds());
		}
		jdbc.sql("insert into portal_rate_hit (bucket, key_hash, at) values (?, ?, ?)")
			.params(bucket, hash, Timestamp.from(now))
			.update();
	}

}
