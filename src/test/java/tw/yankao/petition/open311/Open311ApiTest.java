package tw.yankao.petition.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

@YankaoWebTest
class Open311ApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	/** A street light out in 西屯區, with the demo key; more form fields (name, value pairs) add or replace. */
	private MockHttpServletRequestBuilder streetLight(String format, String... more) {
		java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
		form.put("api_key", Open311DemoData.DEMO_KEY);
		form.put("service_code", "STREET_LIGHT");
		form.put("lat", "24.16");
		form.put("long", "120.64");
		form.put("address_string", "臺中市西屯區台灣大道三段99號前");
		form.put("description", "路燈不亮（Open311 測試）");
		form.put("attribute[district]", "西屯區");
		for (int i = 0; i < more.length; i += 2) {
			form.put(more[i], more[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/open311/v2/requests." + format)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		form.forEach((name, value) -> request.param(name, value));
		return request;
	}

	private String submit(String... more) throws Exception {
		String body = mvc.perform(streetLight("json", more)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$[0].service_request_id");
	}

	private static void assertValid(String schema, String json) throws Exception {
		try (InputStream in = Open311ApiTest.class.getResourceAsStream("/open311/" + schema)) {
			JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
			Set<ValidationMessage> problems = validator.validate(JSON.readTree(json));
			assertThat(problems).as(schema + " for " + json).isEmpty();
		}
	}

	private String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	@Test
	void servicesAreTheDispatchCategoriesInJsonAndXml() throws Exception {
		String json = body(mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)));
		assertValid("services.json", json);
		List<String> codes = JsonPath.read(json, "$[*].service_code");
		assertThat(codes).contains("STREET_LIGHT", "TRAFFIC_SIGNAL", "DRAINAGE").doesNotContain("NOISE", "OTHER");
		assertThat((List<String>) JsonPath.read(json, "$[?(@.service_code == 'STREET_LIGHT')].service_name")).containsExactly("路燈故障");

		mvc.perform(get("/open311/v2/services.xml").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/services/service[service_code='STREET_LIGHT']/service_name").string("Street light out"))
			.andExpect(xpath("/services/service[service_code='STREET_LIGHT']/group").string("Roads"));
	}

	@Test
	void aServiceDefinitionListsItsAttributes() throws Exception {
		String json = body(mvc.perform(get("/open311/v2/services/STREET_LIGHT.json")).andExpect(status().isOk()));
		assertValid("service-definition.json", json);
		assertThat((List<String>) JsonPath.read(json, "$.attributes[*].code")).containsExactly("client_request_id", "district");
		mvc.perform(get("/open311/v2/services/STREET_LIGHT.xml"))
			.andExpect(xpath("/service_definition/attributes/attribute[code='district']/values/value[key='西屯區']/name").string("西屯區"));

		String missing = body(mvc.perform(get("/open311/v2/services/NOISE.json")).andExpect(status().isNotFound()));
		assertThat((List<Integer>) JsonPath.read(missing, "$[*].code")).containsExactly(404);
		mvc.perform(get("/open311/v2/services/UFO.xml")).andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
	}

	@Test
	void aPostedRequestIsADispatchCaseWithItsDeadlineAgencyAndToken() throws Exception {
		String created = body(mvc.perform(streetLight("json", "media_url", "https://example.tw/photo/1.jpg"))
			.andExpect(status().isCreated()));
		String number = JsonPath.read(created, "$[0].service_request_id");
		String token = JsonPath.read(created, "$[0].token");

		String one = body(mvc.perform(get("/open311/v2/requests/" + number + ".json")).andExpect(status().isOk()));
		assertValid("requests.json", one);
		Object item = JsonPath.read(one, "$[0]");
		assertThat(JsonPath.<String>read(item, "$.status")).isEqualTo("open");
		assertThat(JsonPath.<String>read(item, "$.service_code")).isEqualTo("STREET_LIGHT");
		assertThat(JsonPath.<String>read(item, "$.agency_responsible")).isNotBlank();
		assertThat(JsonPath.<String>read(item, "$.address")).isEqualTo("臺中市西屯區台灣大道三段99號前");
		assertThat(JsonPath.<String>read(item, "$.media_url")).isEqualTo("https://example.tw/photo/1.jpg");
		OffsetDateTime requested = OffsetDateTime.parse(JsonPath.read(item, "$.requested_datetime"));
		OffsetDateTime expected = OffsetDateTime.parse(JsonPath.read(item, "$.expected_datetime"));
		assertThat(expected).as("the 24-hour SLA of street lights").isEqualTo(requested.plusHours(24));
		assertThat(jdbc.sql("select channel from petition_case where number = :n").param("n", number).query(String.class).single())
			.isEqualTo("OPEN311");

		mvc.perform(get("/open311/v2/tokens/" + token + ".json")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").value(number));
		mvc.perform(get("/open311/v2/tokens/" + UUID.randomUUID() + ".json")).andExpect(status().isNotFound());
		mvc.perform(get("/open311/v2/requests/TC0000000-000000.json")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
	}

	@Test
	void xmlPostsAndReadsTheSpecsElements() throws Exception {
		String xml = body(mvc.perform(streetLight("xml")).andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/service_requests/request/token").exists()));
		String number = xml.replaceAll("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");
		mvc.perform(get("/open311/v2/requests/" + number + ".xml").param("extensions", "true"))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_requests/request/service_request_id").string(number))
			.andExpect(xpath("/service_requests/request/status").string("open"))
			.andExpect(xpath("/service_requests/request/extended_attributes/channel").string("OPEN311"))
			.andExpect(xpath("/service_requests/request/notes/note").nodeCount(2));
		mvc.perform(get("/open311/v2/tokens/" + UUID.randomUUID() + ".xml")).andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
	}

	@Test
	void extensionsAddChannelDistrictPhotosAndNotes() throws Exception {
		String number = submit("media_url", "https://example.tw/p.jpg");
		String plain = body(mvc.perform(get("/open311/v2/requests/" + number + ".json")));
		assertThat(plain).doesNotContain("extended_attributes", "\"notes\"");
		String extended = body(mvc.perform(get("/open311/v2/requests/" + number + ".json").param("extensions", "true")));
		assertValid("requests.json", extended);
		assertThat(JsonPath.<String>read(extended, "$[0].extended_attributes.channel")).isEqualTo("OPEN311");
		assertThat(JsonPath.<String>read(extended, "$[0].extended_attributes.district")).isEqualTo("西屯區");
		assertThat((List<String>) JsonPath.read(extended, "$[0].extended_attributes.photos")).containsExactly("https://example.tw/p.jpg");
		assertThat((List<String>) JsonPath.read(extended, "$[0].notes[*].type")).containsExactly("RECEIVE", "ASSIGN");
	}

	@Test
	void aBadOrMissingOrRevokedKeyIsForbiddenAndSavesNothing() throws Exception {
		String marker = "key-test-" + UUID.randomUUID();
		mvc.perform(streetLight("json", "description", marker, "api_key", "nope"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$[0].code").value(403))
			.andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.startsWith("api_key")));
		mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("service_code", "STREET_LIGHT").param("lat", "24.16").param("long", "120.64").param("description", marker))
			.andExpect(status().isForbidden())
			.andExpect(xpath("/errors/error/code").string("403"));
		assertThat(casesDescribed(marker)).isZero();
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyReturnsTheSameRequestAndOneRow() throws Exception {
		String key = UUID.randomUUID().toString();
		String first = body(mvc.perform(streetLight("json").header("Idempotency-Key", key)).andExpect(status().isCreated()));
		String again = body(mvc.perform(streetLight("json").header("Idempotency-Key", key)).andExpect(status().isOk()));
		assertThat(JsonPath.<String>read(again, "$[0].service_request_id")).isEqualTo(JsonPath.read(first, "$[0].service_request_id"));
		assertThat(JsonPath.<String>read(again, "$[0].token")).isEqualTo(JsonPath.read(first, "$[0].token"));
		assertThat(jdbc.sql("select count(*) from petition_case where idempotency_key like :k").param("k", "o311-%-" + key)
			.query(Long.class).single()).isOne();

		String clientId = UUID.randomUUID().toString();
		String byAttribute = submit("attribute[client_request_id]", clientId);
		mvc.perform(streetLight("json", "attribute[client_request_id]", clientId)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").value(byAttribute));
	}

	@Test
	void badInputIsA400NamingTheFieldAndSavesNothing() throws Exception {
		String marker = "bad-input-" + UUID.randomUUID();
		expectError(streetLight("json", "description", marker, "service_code", "UFO"), "service_code");
		expectError(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311DemoData.DEMO_KEY).param("service_code", "STREET_LIGHT").param("description", marker), "lat");
		expectError(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311DemoData.DEMO_KEY).param("service_code", "STREET_LIGHT").param("description", marker)
			.param("lat", "25.03").param("long", "121.56"), "lat");
		expectError(streetLight("json", "description", marker + "x".repeat(4000)), "description");
		expectError(streetLight("json", "description", marker, "media_url", "javascript:alert(1)"), "media_url");
		expectError(streetLight("json", "description", marker, "email", "a@example.tw"), "last_name");
		mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("api_key", Open311DemoData.DEMO_KEY).param("service_code", "UFO").param("description", marker))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("count(/errors/error)").number(2.0))
			.andExpect(xpath("/errors/error[1]/description").string(org.hamcrest.Matchers.startsWith("service_code: ")));
		assertThat(casesDescribed(marker)).isZero();
	}

	private void expectError(MockHttpServletRequestBuilder request, String field) throws Exception {
		String errors = body(mvc.perform(request.header("Accept-Language", "en")).andExpect(status().isBadRequest()));
		assertThat((List<Integer>) JsonPath.read(errors, "$[*].code")).containsOnly(400);
		assertThat((List<String>) JsonPath.read(errors, "$[*].description")).anySatisfy(d -> assertThat(d).startsWith(field + ": "));
	}

	@Test
	void theListHasTheSpecsDefaultWindowFiltersAndPages() throws Exception {
		String number = submit();
		String json = body(mvc.perform(get("/open311/v2/requests.json")).andExpect(status().isOk()));
		assertValid("requests.json", json);
		List<String> requested = JsonPath.read(json, "$[*].requested_datetime");
		assertThat(requested).hasSizeBetween(1, 1000);
		OffsetDateTime windowStart = OffsetDateTime.now().minusDays(90).minusMinutes(1);
		assertThat(requested).allSatisfy(r -> assertThat(OffsetDateTime.parse(r)).isAfter(windowStart));
		assertThat((List<String>) JsonPath.read(json, "$[*].service_request_id")).contains(number);
		assertThat(jdbc.sql("select count(*) from petition_case where kind = 'DISPATCH' and received_at < now() - interval '91 days'")
			.query(Long.class).single()).as("demo cases outside the window exist").isPositive();

		String old = body(mvc.perform(get("/open311/v2/requests.json").param("start_date", OffsetDateTime.now().minusDays(365).toString())
			.param("end_date", OffsetDateTime.now().minusDays(200).toString())));
		assertThat((List<String>) JsonPath.read(old, "$[*].requested_datetime")).isNotEmpty()
			.allSatisfy(r -> assertThat(OffsetDateTime.parse(r)).isBefore(OffsetDateTime.now().minusDays(199)));

		String lights = body(mvc.perform(get("/open311/v2/requests.json").param("service_code", "STREET_LIGHT").param("status", "open")));
		assertThat((List<String>) JsonPath.read(lights, "$[*].service_code")).isNotEmpty().containsOnly("STREET_LIGHT");
		assertThat((List<String>) JsonPath.read(lights, "$[*].status")).containsOnly("open");
		String closed = body(mvc.perform(get("/open311/v2/requests.json").param("status", "closed")));
		assertThat((List<String>) JsonPath.read(closed, "$[*].status")).isNotEmpty().containsOnly("closed");

		List<String> page1 = JsonPath.read(body(mvc.perform(get("/open311/v2/requests.json").param("page_size", "3"))), "$[*].service_request_id");
		List<String> page2 = JsonPath.read(body(mvc.perform(get("/open311/v2/requests.json").param("page_size", "3").param("page", "2"))),
				"$[*].service_request_id");
		assertThat(page1).hasSize(3);
		assertThat(page2).hasSize(3).doesNotContainAnyElementsOf(page1);

		String updated = body(mvc.perform(get("/open311/v2/requests.json").param("updated_after", OffsetDateTime.now().minusMinutes(5).toString())));
		assertThat((List<String>) JsonPath.read(updated, "$[*].service_request_id")).contains(number);
		String before = body(mvc.perform(get("/open311/v2/requests.json").param("updated_before", OffsetDateTime.now().minusDays(100).toString())
			.param("page_size", "50")));
		assertThat((List<String>) JsonPath.read(before, "$[*].service_request_id")).doesNotContain(number);

		String byIds = body(mvc.perform(get("/open311/v2/requests.json").param("service_request_id", number + ",TC0000000-000000")
			.param("service_code", "TREE")));
		assertThat((List<String>) JsonPath.read(byIds, "$[*].service_request_id")).as("ids win over other filters").containsExactly(number);

		expectError(get("/open311/v2/requests.json").param("status", "pending"), "status");
		expectError(get("/open311/v2/requests.json").param("page_size", "1001"), "page_size");
		expectError(get("/open311/v2/requests.json").param("start_date", "yesterday"), "start_date");
	}

	@Test
	void noPersonalDataInAnyResponse() throws Exception {
		String number = submit("first_name", "小美", "last_name", "林", "phone", "0922333444", "email", "mei@example.tw");
		assertThat(jdbc.sql("select petitioner_name from petition_case where number = :n").param("n", number).query(String.class).single())
			.as("the name is kept for the reply").isEqualTo("林小美");
		String mine = body(mvc.perform(get("/open311/v2/requests/" + number + ".json").param("extensions", "true")));
		assertThat(mine).doesNotContain("林小美", "0922333444", "mei@example.tw");

		// a demo dispatch case of the 1999 line, with a petitioner: none of their data, nor the agent's text
		var demo = jdbc.sql("""
				select number, petitioner_name, petitioner_phone, description from petition_case
				 where idempotency_key like 'demo-%' and kind = 'DISPATCH' and not anonymous
				   and received_at > now() - interval '80 days' order by id limit 1""")
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
		String one = body(mvc.perform(get("/open311/v2/requests/" + demo.get(0) + ".json").param("extensions", "true")));
		assertThat(one).contains(demo.get(0)).doesNotContain(demo.get(1), demo.get(2), demo.get(3));
		String list = body(mvc.perform(get("/open311/v2/requests.json").param("extensions", "true")));
		assertThat(list).contains(demo.get(0)).doesNotContain(demo.get(1), demo.get(2), "0922333444", "林小美");
		String xml = body(mvc.perform(get("/open311/v2/requests.xml").param("extensions", "true")));
		assertThat(xml).contains(demo.get(0)).doesNotContain(demo.get(1), demo.get(2));
	}

	@Test
	void discoveryNamesTheEndpoint() throws Exception {
		mvc.perform(get("/open311/discovery.json")).andExpect(status().isOk())
			.andExpect(jsonPath("$.endpoints[0].url").value(org.hamcrest.Matchers.endsWith("/open311/v2/")))
			.andExpect(jsonPath("$.endpoints[0].formats").isArray());
	}

	@Test
	void administratorsCreateAKeyShownOnceAndRevokeIt() throws Exception {
		String page = body(mvc.perform(post("/admin/open311/clients").with(csrf()).with(users.as(Role.SYSTEM_ADMIN))
				.param("name", "測試用戶端 " + UUID.randomUUID()))
			.andExpect(status().isOk()));
		String key = page.replaceAll("(?s).*<code id=\"new-key\">([^<]+)</code>.*", "$1");
		assertThat(key).startsWith("o311_");
		assertThat(jdbc.sql("select count(*) from open311_client where key_hash = :h").param("h", Open311Clients.hash(key))
			.query(Long.class).single()).isOne();
		mvc.perform(streetLight("json", "api_key", key)).andExpect(status().isCreated());

		String list = body(mvc.perform(get("/admin/open311/clients").with(users.as(Role.SYSTEM_ADMIN))).andExpect(status().isOk()));
		assertThat(list).doesNotContain(key);
		long id = jdbc.sql("select id from open311_client where key_hash = :h").param("h", Open311Clients.hash(key)).query(Long.class).single();
		mvc.perform(post("/admin/open311/clients/" + id + "/revoke").with(csrf()).with(users.as(Role.SYSTEM_ADMIN)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(streetLight("json", "api_key", key)).andExpect(status().isForbidden());

		mvc.perform(get("/admin/open311/clients").with(users.as(Role.AGENCY_LIAISON))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/open311/clients").with(csrf()).with(users.as(Role.RDEC_STAFF)).param("name", "x"))
			.andExpect(status().isForbidden());
	}

	private long casesDescribed(String marker) {
		return jdbc.sql("select count(*) from petition_case where description like :m").param("m", marker + "%").query(Long.class).single();
	}

}
