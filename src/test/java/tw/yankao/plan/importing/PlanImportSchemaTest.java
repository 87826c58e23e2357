package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of every seed's import matches {@code plan/plan-import.schema.json}. */
class PlanImportSchemaTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static String[] seeds() {
		return Seeds.ALL;
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void seedJsonMatchesTheSchema(String seed) throws Exception {
		JsonNode json = JSON.readTree(PlanJson.write(Seeds.read(seed)));

		assertThat(new SchemaWalker(schema()).check(json)).isEmpty();
	}

	@Test
	void theWalkerFindsWhatDoesNotMatch() throws Exception {
		JsonNode json = JSON.readTree("""
				{"agency": {"code": null, "name": "x"}, "year": "107", "objectives": [], "goals": [],
				 "programmes": [], "budget": [{"category": null, "item": "a", "amount": 1, "extra": 1}],
				 "priorYear": []}
				""");

		assertThat(new SchemaWalker(schema()).check(json)).containsExactlyInAnyOrder(
				"$: required property unrecognised is missing", "$.year: STRING is not of type [\"integer\",\"null\"]",
				"$.budget[0]: property extra is not in the schema");
	}

	private static JsonNode schema() throws Exception {
		try (InputStream in = PlanImportSchemaTest.class.getResourceAsStream("/plan/plan-import.schema.json")) {
			return JSON.readTree(in);
		}
	}

}
