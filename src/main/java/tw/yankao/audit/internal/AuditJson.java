package tw.yankao.audit.internal;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the before and after of a change as JSON text: records and maps as objects, java.time
 * values as ISO-8601 strings. The audit module's own mapper, so that settings made for the web API
 * never change what the log records.
 */
final class AuditJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
		// an object without properties is still a record of what changed
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.build();

	private AuditJson() {
	}

	/**
	 * The JSON text of a value, or null for null. A value Jackson cannot write fails the changing
	 * transaction: a change that cannot be audited is not made.
	 */
	static String of(Object value) {
		return value == null ? null : MAPPER.writeValueAsString(value);
	}

}
