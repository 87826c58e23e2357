package tw.yankao.petition.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** SHA-256 in hex and random codes: what the portal keeps instead of codes and addresses. */
final class Hashes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Hashes() {
	}

	static String sha256(String... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				digest.update(part.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** Compares hashes in constant time, so that timing tells nothing about a guess. */
	static boolean same(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

	/** {@code digits} random decimal digits, leading zeros kept. */
	static String digits(int digits) {
		StringBuilder code = new StringBuilder(digits);
		for (int i = 0; i < digits; i++) {
			code.append(RANDOM.nextInt(10));
		}
		return code.toString();
	}

	/** A status code the citizen can type: no 0/O, 1/I/L. */
	static String statusCode() {
		String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
		StringBuilder code = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return code.toString();
	}

}
