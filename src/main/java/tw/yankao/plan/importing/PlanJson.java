package tw.yankao.plan.importing;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes an {@link ImportedPlan} as the JSON of {@code plan/plan-import.schema.json}. */
final class PlanJson {

	// nulls are written, so every property of the schema is present in every object
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private PlanJson() {
	}

	static String write(ImportedPlan plan) {
		return MAPPER.writeValueAsString(plan);
	}

}
