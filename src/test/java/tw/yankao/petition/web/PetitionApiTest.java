package tw.yankao.petition.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.CALL_AGENT;
import static tw.yankao.shared.security.Role.CASE_HANDLER;
import static tw.yankao.shared.security.Role.RDEC_STAFF;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import tw.yankao.shared.security.Roles;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

@YankaoWebTest
class PetitionApiTest {

	private static final String STREET_LIGHT = """
			{"channel": "PHONE_1999", "category": "STREET_LIGHT", "description": "路燈不亮", "district": "西屯區",
			 "latitude": 24.16, "longitude": 120.64,
			 "petitioner": {"name": "張志豪", "phone": "0933123456"}, "replyChannel": "PHONE"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuthorizationMatrix matrix;

	private String receive(String key) throws Exception {
		String body = mvc.perform(post("/api/petitions/cases").with(csrf()).with(users.as(CALL_AGENT))
				.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(STREET_LIGHT))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.number");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyReturnsTheSameCase() throws Exception {
		String key = UUID.randomUUID().toString();
		String number = receive(key);

		mvc.perform(post("/api/petitions/cases").with(csrf()).with(users.as(CALL_AGENT))
				.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(STREET_LIGHT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(number));
	}

	@Test
	void badInputIsAProblemNamingTheFields() throws Exception {
		mvc.perform(post("/api/petitions/cases").with(csrf()).with(users.as(CALL_AGENT)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel": "WEB", "category": "UFO", "description": "x", "latitude": 25.03, "longitude": 121.56}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("category", "latitude")));
	}

	@Test
	void theCaseIsMaskedUnlessTheViewerHandlesIt() throws Exception {
		String number = receive(UUID.randomUUID().toString());

		mvc.perform(get("/api/petitions/cases/" + number).with(users.as(CALL_AGENT)))
			.andExpect(jsonPath("$.petitioner.name").value("張○豪"))
			.andExpect(jsonPath("$.petitioner.phone").value("0933-***-456"));
		mvc.perform(get("/api/petitions/cases/" + number).with(users.as(CASE_HANDLER)))
			.andExpect(jsonPath("$.petitioner.name").value("張志豪"))
			.andExpect(jsonPath("$.status").value("ASSIGNED"));
	}

	@Test
	void aStepWithAnOldVersionIsAConflictAndWithTheCurrentOneIsTaken() throws Exception {
		String number = receive(UUID.randomUUID().toString());

		mvc.perform(post("/api/petitions/cases/" + number + "/accept").with(csrf()).with(users.as(CASE_HANDLER))
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 7}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("version"));
		mvc.perform(post("/api/petitions/cases/" + number + "/accept").with(csrf()).with(users.as(CASE_HANDLER))
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(post("/api/petitions/cases/" + number + "/transfer").with(csrf()).with(users.as(CASE_HANDLER))
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1, \"agency\": \"TCG-CON-LGT\", \"reason\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("agency"));
	}

	@Test
	void theApiIsForStaffAndIntakeForAgentsAndTheRdec() throws Exception {
		String number = receive(UUID.randomUUID().toString());
		matrix.endpoint(() -> post("/api/petitions/cases").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.allows(CALL_AGENT, RDEC_STAFF).check();
		matrix.endpoint(() -> get("/api/petitions/cases/" + number)).allows(Roles.STAFF).check();
		matrix.endpoint(() -> post("/api/petitions/cases/" + number + "/accept").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": -1}")).allows(CASE_HANDLER, AGENCY_HEAD, AGENCY_LIAISON).check();
	}

}
