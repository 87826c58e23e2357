package tw.yankao.petition;

/**
 * The person behind a case. Personal data: shown unmasked only to those handling the case, never logged.
 *
 * @param name the name
 * @param phone digits as given, e.g. {@code 0912345678}; may be null
 * @param email may be null
 * @param address may be null
 */
public record Petitioner(String name, String phone, String email, String address) {

	/** Keeps personal data out of logs and exception messages. */
	@Override
	public String toString() {
		return "Petitioner[personal data withheld]";
	}
}
