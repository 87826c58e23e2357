package tw.yankao.petition.open311;

import java.util.Map;

/**
 * A POST requests as the client sent it, every value still a string as in the form.
 *
 * @param attributes the {@code attribute[code]} values by code
 * @param idempotencyKey the {@code Idempotency-Key} header, or null
 */
public record Submission(String serviceCode, String lat, String lon, String addressString, String description,
		String mediaUrl, String firstName, String lastName, String email, String phone, Map<String, String> attributes,
		String idempotencyKey) {

	public Submission {
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}

	/** The header, else the client_request_id attribute, else null. */
	String retryKey() {
		String key = blankToNull(idempotencyKey);
		return key != null ? key : blankToNull(attributes.get(Open311Services.CLIENT_REQUEST_ID));
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
