package tw.yankao.petition.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.shared.web.InvalidInput;

/**
 * One-time codes proving that a citizen reads the e-mail address or phone they gave: six digits,
 * valid {@link PortalLimits#codeLife}, void after {@link PortalLimits#codeAttempts} wrong entries,
 * rate-limited per address and per IP. Only a hash of the code and of the address is stored.
 */
@Service
public class Verifications {

	/** How the code travels. */
	public enum Channel {
		EMAIL, SMS
	}

	/** What checking a code found. */
	public enum Outcome {
		VALID, WRONG, EXPIRED, EXHAUSTED, UNKNOWN
	}

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{6,18}[0-9]");

	private static final Pattern CODE = Pattern.compile("[0-9]{6}");

	private final JdbcClient jdbc;

	private final RateLimiter limits;

	private final PortalMailer mailer;

	private final SmsSender sms;

	private final MessageSource messages;

	private final PortalLimits portal;

	private final Clock clock;

	Verifications(JdbcClient jdbc, RateLimiter limits, PortalMailer mailer, SmsSender sms, MessageSource messages,
			PortalLimits portal, Clock clock) {
		this.portal = portal;
		this.jdbc = jdbc;
		this.limits = limits;
		this.mailer = mailer;
		this.sms = sms;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Sends a new code.
	 * @return the verification's id, which the form sends back with the code
	 * @throws InvalidInput naming {@code verifyAddress} when the address is not an e-mail address or phone
	 * @throws TooManyAttempts when the address or the IP asked too often
	 */
	@Transactional
	public UUID send(Channel channel, String address, String clientIp, Locale locale) {
		String normalised = normalise(channel, address);
		if (channel == null) {
			throw new InvalidInput("verifyChannel", "portal.error.required");
		}
		if (normalised == null) {
			throw new InvalidInput("verifyAddress", channel == Channel.EMAIL ? "portal.error.email" : "portal.error.phone");
		}
		limits.hit("code-ip", clientIp, portal.sendsPerIp(), portal.sendWindow());
		limits.hit("code-addr", normalised, portal.sendsPerAddress(), portal.sendWindow());
		UUID id = UUID.randomUUID();
		String code = Hashes.digits(6);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into portal_verification (id, channel, address_hash, code_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, channel.name(), Hashes.sha256(channel.name(), normalised), Hashes.sha256(id.toString(), code),
					Timestamp.from(now), Timestamp.from(now.plus(portal.codeLife())))
			.update();
		String text = messages.getMessage("portal.code.message",
				new Object[] { code, portal.codeLife().toMinutes() }, locale);
		if (channel == Channel.EMAIL) {
			mailer.send(normalised, messages.getMessage("portal.code.subject", null, locale), text);
		}
		else {
			sms.send(normalised, text);
		}
		return id;
	}

	/**
	 * Checks a code; a wrong one counts against the verification even when the caller's
	 * transaction rolls back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Outcome check(UUID id, Channel channel, String address, String code) {
		if (id == null || channel == null) {
			return Outcome.UNKNOWN;
		}
		String normalised = normalise(channel, address);
		Optional<Row> row = jdbc.sql("""
				select address_hash, code_hash, expires_at, attempts, used_at from portal_verification
				where id = ? for update""")
			.param(id)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4),
					rs.getTimestamp(5) != null))
			.optional();
		if (row.isEmpty() || row.get().used() || normalised == null
				|| !Hashes.same(row.get().addressHash(), Hashes.sha256(channel.name(), normalised))) {
			return Outcome.UNKNOWN;
		}
		if (row.get().attempts() >= portal.codeAttempts()) {
			return Outcome.EXHAUSTED;
		}
		if (!clock.instant().isBefore(row.get().expiresAt())) {
			return Outcome.EXPIRED;
		}
		String given = code == null ? "" : code.strip();
		if (CODE.matcher(given).matches() && Hashes.same(row.get().codeHash(), Hashes.sha256(id.toString(), given))) {
			jdbc.sql("update portal_verification set verified_at = coalesce(verified_at, ?) where id = ?")
				.params(Timestamp.from(clock.instant()), id)
				.update();
			return Outcome.VALID;
		}
		jdbc.sql("update portal_verification set attempts = attempts + 1 where id = ?").param(id).update();
		return row.get().attempts() + 1 >= portal.codeAttempts() ? Outcome.EXHAUSTED : Outcome.WRONG;
	}

	/**
	 * Marks a verified code used by a submission, in the caller's transaction.
	 * @return false when it was not verified or another submission used it first
	 */
	@Transactional
	public boolean use(UUID id) {
		return jdbc.sql("update portal_verification set used_at = ? where id = ? and verified_at is not null and used_at is null")
			.params(Timestamp.from(clock.instant()), id)
			.update() == 1;
	}

	/** The address in one spelling, or null when it is not one of the channel's kind. */
	static String normalise(Channel channel, String address) {
		if (channel == null || address == null) {
			return null;
		}
		String a = address.strip();
		if (channel == Channel.EMAIL) {
			return EMAIL.matcher(a).matches() && a.length() <= 254 ? a.toLowerCase(Locale.ROOT) : null;
		}
		return PHONE.matcher(a).matches() ? a.replaceAll("[ -]", "") : null;
	}

	private record Row(String addressHash, String codeHash, Instant expiresAt, int attempts, boolean used) {
	}

}
