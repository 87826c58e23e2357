package tw.yankao.opendata.web;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import tw.yankao.opendata.Catalogue;
import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.release.Release;
import tw.yankao.opendata.release.ReleasePipeline;
import tw.yankao.opendata.release.ReleaseStatus;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.RDEC_STAFF;

/**
 * Releases through the pages and the API: a clean month is checked and published by the RDEC,
 * a month with personal data or without data is blocked and stays unpublished, and only published
 * months reach the public, the DCAT catalogue and the API. Months of the 1970s are this test's own.
 */
@YankaoWebTest
class OpenDataWebTest {

	static final String DATASET = "tcg-petition-statistics";
	static final String PATH = "/open-data/datasets/" + DATASET;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReleasePipeline pipeline;

	@Autowired
	Catalogue catalogue;

	@BeforeEach
	@AfterEach
	void clean() {
		jdbc.sql("delete from opendata_release where period < date '1980-01-01'").update();
	}

	static List<String> row(String month, String district, int received) {
		return Arrays.asList(month, district, "STREET_LIGHT", "路燈故障", "DISPATCH", String.valueOf(received), "1", "1");
	}

	Release store(YearMonth month, List<List<String>> rows) {
		Dataset dataset = catalogue.dataset(DATASET).orElseThrow();
		return pipeline.store(dataset, month, rows);
	}

	@Test
	void aCleanMonthIsCheckedThenPublishedByTheRdecAndOnlyThenPublic() throws Exception {
		Release release = store(YearMonth.of(1977, 3), List.of(row("1977-03", "西屯區", 5), row("1977-03", "北屯區", 2)));
		assertThat(release.status()).isEqualTo(ReleaseStatus.CHECKED);
		String page = PATH + "/releases/1977-03";

		mvc.perform(get(page)).andExpect(status().isNotFound());
		mvc.perform(get(page + "/files/csv")).andExpect(status().isNotFound());
		mvc.perform(get("/api/open-data/datasets/" + DATASET + "/releases/1977-03/rows")).andExpect(status().isNotFound());
		mvc.perform(get(page).with(users.as(RDEC_STAFF))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"publish\"")));

		mvc.perform(post(page + "/publish").with(csrf()).with(users.as(AGENCY_LIAISON)).param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/publish").with(csrf()).with(users.as(RDEC_STAFF)).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'opendata-release' and entity_id = :id")
			.param("id", String.valueOf(release.id())).query(Long.class).single()).isEqualTo(2);

		mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"publish\""))));
		byte[] csv = mvc.perform(get(page + "/files/csv")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("西屯區");
		mvc.perform(get(page + "/files/ods")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.oasis.opendocument.spreadsheet"));
		mvc.perform(get(PATH)).andExpect(status().isOk()).andExpect(content().string(containsString("/releases/1977-03/files/json")));

		// published once, a month is not rebuilt
		mvc.perform(post(PATH + "/releases").with(csrf()).with(users.as(RDEC_STAFF)).param("month", "1977-03"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-field=\"period\"")));
	}

	@Test
	void aMonthWithAPhoneNumberOrAnEmailIsBlockedAndStaysUnpublished() throws Exception {
		Release phone = store(YearMonth.of(1977, 4), List.of(row("1977-04", "西屯區", 5), row("1977-04", "請回電0912-345-678", 1)));
		Release email = store(YearMonth.of(1977, 5), List.of(row("1977-05", "someone@example.com", 1)));
		assertThat(phone.status()).isEqualTo(ReleaseStatus.BLOCKED);
		assertThat(email.status()).isEqualTo(ReleaseStatus.BLOCKED);
		assertThat(phone.report()).filteredOn(c -> c.check().equals("personal-data")).singleElement()
			.satisfies(c -> assertThat(c.findings()).singleElement().satisfies(f -> {
				assertThat(f.row()).isEqualTo(2);
				assertThat(f.field()).isEqualTo("行政區");
				assertThat(f.reason()).isEqualTo("mobile");
			}));
		// nothing of a blocked month is kept to be served
		assertThat(jdbc.sql("select count(*) from opendata_release where id = :id and csv is null and json is null and ods is null")
			.param("id", phone.id()).query(Long.class).single()).isEqualTo(1);

		String page = PATH + "/releases/1977-04";
		mvc.perform(get(page)).andExpect(status().isNotFound());
		mvc.perform(get(page).with(users.as(RDEC_STAFF))).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-check=\"personal-data\"")))
			.andExpect(content().string(containsString("第 2 列，行政區：疑似行動電話號碼")))
			.andExpect(content().string(not(containsString("0912-345-678"))))
			.andExpect(content().string(not(containsString("id=\"publish\""))));
		mvc.perform(post(page + "/publish").with(csrf()).with(users.as(RDEC_STAFF)).param("version", "0"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-field=\"status\"")));
		assertThat(jdbc.sql("select status from opendata_release where id = :id").param("id", phone.id()).query(String.class).single())
			.isEqualTo("BLOCKED");
		mvc.perform(get(PATH)).andExpect(content().string(not(containsString("1977-04"))));
	}

	@Test
	void theRdecBuildsAMonthFromThePetitionModuleAndAnEmptyMonthIsBlocked() throws Exception {
		mvc.perform(post(PATH + "/releases").with(csrf()).with(users.as(RDEC_STAFF)).param("month", "1976-01"))
			.andExpect(status().is3xxRedirection()).andExpect(header().string("Location", PATH + "/releases/1976-01"));
		assertThat(jdbc.sql("select status from opendata_release where dataset = :d and period = date '1976-01-01'")
			.param("d", DATASET).query(String.class).single()).isEqualTo("BLOCKED");
		mvc.perform(get(PATH + "/releases/1976-01").with(users.as(RDEC_STAFF)))
			.andExpect(content().string(containsString("無資料之月份不得發布")));
		mvc.perform(post(PATH + "/releases").with(csrf()).with(users.as(RDEC_STAFF)).param("month", "1976-13"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-field=\"month\"")));
	}

	@Test
	void theApiPagesThroughAPublishedReleasesRows() throws Exception {
		Release release = store(YearMonth.of(1977, 6), List.of(row("1977-06", "中區", 1), row("1977-06", "東區", 2),
				row("1977-06", "南區", 3), row("1977-06", "西區", 4), row("1977-06", "北區", 5)));
		pipeline.publish(DATASET, YearMonth.of(1977, 6), release.version());
		String rows = "/api/open-data/datasets/" + DATASET + "/releases/1977-06/rows";
		mvc.perform(get(rows).param("page", "0").param("size", "2")).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(5)).andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].行政區").value("中區")).andExpect(jsonPath("$.items[1].受理件數").value(2));
		mvc.perform(get(rows).param("page", "2").param("size", "2"))
			.andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].行政區").value("北區"));
		mvc.perform(get(rows).param("size", "0")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("size")));
		mvc.perform(get("/api/open-data/datasets").param("page", "0").param("size", "2")).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(catalogue.datasets().size())).andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].license").value(Dataset.LICENSE));
		mvc.perform(get("/api/open-data/datasets").param("page", "1").param("size", "2"))
			.andExpect(jsonPath("$.items.length()").value(catalogue.datasets().size() - 2));
	}

	@Test
	void theDcatCatalogueListsEveryDatasetAndThePublishedDistributions() throws Exception {
		Release release = store(YearMonth.of(1977, 7), List.of(row("1977-07", "中區", 1)));
		pipeline.publish(DATASET, YearMonth.of(1977, 7), release.version());
		store(YearMonth.of(1977, 8), List.of(row("1977-08", "中區", 1)));

		String jsonLd = mvc.perform(get("/open-data/catalog.jsonld")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/ld+json")))
			.andReturn().getResponse().getContentAsString();
		JsonNode root = new ObjectMapper().readTree(jsonLd);
		assertThat(root.get("@type").asText()).isEqualTo("dcat:Catalog");
		assertThat(root.get("@context").get("dcat").asText()).isEqualTo("http://www.w3.org/ns/dcat#");
		JsonNode datasets = root.get("dcat:dataset");
		assertThat(datasets.size()).isEqualTo(catalogue.datasets().size());
		JsonNode petitions = null;
		for (JsonNode dataset : datasets) {
			assertThat(dataset.get("@type").asText()).isEqualTo("dcat:Dataset");
			assertThat(dataset.get("dct:title").get(0).get("@language").asText()).isEqualTo("zh-TW");
			if (dataset.get("dct:identifier").asText().equals(DATASET)) {
				petitions = dataset;
			}
		}
		assertThat(petitions).isNotNull();
		List<String> urls = new java.util.ArrayList<>();
		petitions.get("dcat:distribution").forEach(d -> {
			assertThat(d.get("@type").asText()).isEqualTo("dcat:Distribution");
			urls.add(d.get("dcat:downloadURL").get("@id").asText());
		});
		assertThat(urls).contains("http://localhost" + PATH + "/releases/1977-07/files/csv",
				"http://localhost" + PATH + "/releases/1977-07/files/ods");
		assertThat(urls).noneMatch(url -> url.contains("1977-08"));

		String turtle = mvc.perform(get("/open-data/catalog.ttl")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/turtle")))
			.andReturn().getResponse().getContentAsString();
		assertThat(turtle).contains("@prefix dcat: <http://www.w3.org/ns/dcat#> .", "@prefix dct: <http://purl.org/dc/terms/> .",
				"a dcat:Catalog", "dct:title \"人民陳情案件統計\"@zh-TW", "foaf:name \"研究發展考核委員會\"@zh-TW", PATH + "/releases/1977-07/files/json>");
		assertThat(turtle.split(" a dcat:Dataset ;", -1)).hasSize(catalogue.datasets().size() + 1);
		assertThat(turtle).doesNotContain("1977-08");
	}

	@Test
	void anyoneReadsTheCatalogueOnlyTheRdecBuildsReleases() throws Exception {
		matrix.endpoint(() -> get("/open-data")).allowsAnonymous().allows(java.util.EnumSet.allOf(tw.yankao.shared.security.Role.class)).check();
		matrix.endpoint(() -> post(PATH + "/releases").with(csrf()).param("month", "1975-01")).allows(RDEC_STAFF).check();
		mvc.perform(get("/open-data")).andExpect(content().string(containsString(PATH)))
			.andExpect(content().string(containsString("/open-data/datasets/tcg-tracked-item-progress")))
			.andExpect(content().string(containsString("/open-data/datasets/tcg-document-timeliness")));
	}

	@Test
	void theDemoPublishesLastMonthsPetitionStatistics() {
		YearMonth lastMonth = YearMonth.now(java.time.ZoneId.of("Asia/Taipei")).minusMonths(1);
		assertThat(jdbc.sql("select status from opendata_release where dataset = :d and period = :p")
			.param("d", DATASET).param("p", lastMonth.atDay(1)).query(String.class).single()).isEqualTo("PUBLISHED");
	}

}
