package tw.yankao.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against the parts of a JSON Schema (draft 2020-12) that the plan import
 * schema uses: {@code type}, {@code required}, {@code properties},
 * {@code additionalProperties: false}, {@code items}, {@code enum}, {@code minimum} and local
 * {@code $ref}. The project has no schema validator library; this is enough for our schema.
 */
final class SchemaWalker {

	private final JsonNode root;
	private final List<String> problems = new ArrayList<>();

	SchemaWalker(JsonNode root) {
		this.root = root;
	}

	/** The problems found, each with its JSON path; empty when the value is valid. */
	List<String> check(JsonNode value) {
		problems.clear();
		check(root, value, "$");
		return List.copyOf(problems);
	}

	private void check(JsonNode schema, JsonNode value, String path) {
		if (schema.has("$ref")) {
			schema = resolve(schema.get("$ref").asString());
		}
		if (schema.has("type") && !hasType(schema.get("type"), value)) {
			problems.add(path + ": " + value.getNodeType() + " is not of type " + schema.get("type"));
			return;
		}
		if (schema.has("enum") && !contains(schema.get("enum"), value)) {
			problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
		}
		if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
			problems.add(path + ": " + value + " is below " + schema.get("minimum"));
		}
		if (value.isObject()) {
			checkObject(schema, value, path);
		}
		if (value.isArray() && schema.has("items")) {
			for (int i = 0; i < value.size(); i++) {
				check(schema.get("items"), value.get(i), path + "[" + i + "]");
			}
		}
	}

	private void checkObject(JsonNode schema, JsonNode value, String path) {
		if (schema.has("required")) {
			for (JsonNode name : schema.get("required")) {
				if (!value.has(name.asString())) {
					problems.add(path + ": required property " + name.asString() + " is missing");
				}
			}
		}
		JsonNode properties = schema.path("properties");
		for (Map.Entry<String, JsonNode> field : value.properties()) {
			if (properties.has(field.getKey())) {
				check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey());
			}
			else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
				problems.add(path + ": property " + field.getKey() + " is not in the schema");
			}
		}
	}

	private JsonNode resolve(String ref) {
		JsonNode node = root;
		for (String part : ref.replaceFirst("^#/", "").split("/")) {
			node = node.get(part);
		}
		return node;
	}

	private static boolean hasType(JsonNode type, JsonNode value) {
		if (type.isArray()) {
			for (JsonNode one : type) {
				if (hasType(one, value)) {
					return true;
				}
			}
			return false;
		}
		return switch (type.asString()) {
			case "object" -> value.isObject();
			case "array" -> value.isArray();
			case "string" -> value.isString();
			case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
			case "number" -> value.isNumber();
			case "boolean" -> value.isBoolean();
			case "null" -> value.isNull();
			default -> false;
		};
	}

	private static boolean contains(JsonNode values, JsonNode value) {
		for (JsonNode one : values) {
			if (one.equals(value)) {
				return true;
			}
		}
		return false;
	}

}
