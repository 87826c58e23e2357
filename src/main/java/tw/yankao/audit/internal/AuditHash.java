package tw.yankao.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import tw.yankao.audit.AuditEntry;

/**
 * The hash of an audit entry: lower-case hex SHA-256 over its canonical serialisation, which is
 * the concatenation of these fields in order: id, recorded_at, actor, agency_id, entity,
 * entity_id, action, before_json, after_json, request_id, previous_hash.
 * <ul>
 * <li>a null field is the single character {@code -};</li>
 * <li>any other field is a netstring of its UTF-8 text: {@code <byte length in decimal>:<text>,},
 *     e.g. {@code 5:hello,}; a netstring starts with a digit, so {@code -} cannot be mistaken for one;</li>
 * <li>id and agency_id are written in decimal;</li>
 * <li>recorded_at is written in UTC as {@code YYYY-MM-DDTHH:MM:SS.ffffffZ}, always six fraction digits
 *     (the database keeps microseconds).</li>
 * </ul>
 * The same text is on column {@code audit_entry.hash} in the database, for auditors.
 */
final class AuditHash {

	/** The previous hash of the first entry. */
	static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private AuditHash() {
	}

	/** The hash the entry should have; its own {@code hash} field is ignored. */
	static String of(AuditEntry entry) {
		return HexFormat.of().formatHex(sha256(canonical(entry)));
	}

	static String canonical(AuditEntry entry) {
		StringBuilder text = new StringBuilder(256);
		field(text, Long.toString(entry.id()));
		field(text, TIME.format(entry.recordedAt()));
		field(text, entry.actor());
		field(text, entry.agencyId() == null ? null : entry.agencyId().toString());
		field(text, entry.entity());
		field(text, entry.entityId());
		field(text, entry.action());
		field(text, entry.beforeJson());
		field(text, entry.afterJson());
		field(text, entry.requestId());
		field(text, entry.previousHash());
		return text.toString();
	}

	private static void field(StringBuilder text, String value) {
		if (value == null) {
			text.append('-');
			return;
		}
		text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(',');
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
