package tw.yankao.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * Compares the before and after JSON of an audit entry field by field, and pretty-prints each side.
 * Only top-level fields are compared: a nested object or list that changed is one changed field,
 * shown as its JSON text.
 */
final class AuditDiff {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** How a field differs; named in words on the page, since colour alone tells nothing to some readers. */
	enum Change {
		ADDED, REMOVED, CHANGED, UNCHANGED
	}

	/**
	 * @param field the field's name; null when a side is not a JSON object and the values are compared whole
	 * @param before the value before, as text (strings without quotes); null when absent
	 * @param after the value after, as text; null when absent
	 */
	record FieldChange(String field, String before, String after, Change change) {

		public boolean isChanged() {
			return change != Change.UNCHANGED;
		}

	}

	private AuditDiff() {
	}

	/** The fields of both sides, in the order they first appear (before's fields, then new ones). */
	static List<FieldChange> of(String beforeJson, String afterJson) {
		JsonNode before = read(beforeJson);
		JsonNode after = read(afterJson);
		if (!isObjectOrAbsent(before) || !isObjectOrAbsent(after)) {
			return List.of(change(null, before, after));
		}
		Set<String> fields = new LinkedHashSet<>();
		if (before != null) {
			fields.addAll(before.propertyNames());
		}
		if (after != null) {
			fields.addAll(after.propertyNames());
		}
		List<FieldChange> changes = new ArrayList<>(fields.size());
		for (String field : fields) {
			changes.add(change(field, before == null ? null : before.get(field), after == null ? null : after.get(field)));
		}
		return changes;
	}

	/** The JSON indented for reading; null for null, and text that is not JSON as it is. */
	static String pretty(String json) {
		if (json == null) {
			return null;
		}
		try {
			return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json));
		}
		catch (JacksonException ex) {
			return json;
		}
	}

	private static FieldChange change(String field, JsonNode before, JsonNode after) {
		Change change;
		if (before == null) {
			change = after == null ? Change.UNCHANGED : Change.ADDED;
		}
		else if (after == null) {
			change = Change.REMOVED;
		}
		else {
			change = before.equals(after) ? Change.UNCHANGED : Change.CHANGED;
		}
		return new FieldChange(field, text(before), text(after), change);
	}

	private static String text(JsonNode node) {
		if (node == null) {
			return null;
		}
		return node.isString() ? node.asString() : node.toString();
	}

	private static boolean isObjectOrAbsent(JsonNode node) {
		return node == null || node.isObject();
	}

	// the log holds only JSON the audit module wrote; text that is not JSON is still shown, as a string
	private static JsonNode read(String json) {
		if (json == null) {
			return null;
		}
		try {
			return MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			return StringNode.valueOf(json);
		}
	}

}
