package tw.yankao.tracking.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tw.yankao.shared.security.Role;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;
import tw.yankao.tracking.TrackingFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.tracking.TrackingFixture.json;

/**
 * Release from tracking: the liaison asks, the RDEC approves, refuses or reopens; each step
 * checks state, versions and who may take it, and is audited.
 */
@YankaoWebTest
class ReleaseWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	JdbcClient jdbc;

	long item;

	@BeforeEach
	void item() throws Exception {
		String body = mvc.perform(post("/api/tracking/items").with(csrf()).with(users.as(AGENCY_LIAISON))
			.contentType(MediaType.APPLICATION_JSON).content(json(TrackingFixture.tender(users.ownAgency()))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		item = TrackingFixture.JSON.readTree(body).get("id").asLong();
	}

	@Test
	void anApprovedRequestReleasesTheItemAndTheRdecCanReopenIt() throws Exception {
		requestRelease(version()).andExpect(status().is3xxRedirection());
		long request = openRequest();
		assertThat(audited("release-request", request)).isEqualTo(1);

		mvc.perform(get("/tracking/release-requests").with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("/tracking/release-requests/" + request + "/approve")));
		rdec("/tracking/release-requests/" + request + "/approve", "version", "0").andExpect(status().is3xxRedirection());
		assertThat(itemStatus()).isEqualTo("RELEASED");
		assertThat(requestStatus(request)).isEqualTo("APPROVED");
		assertThat(audited("release-request", request)).isEqualTo(2);
		assertThat(audited("tracked-item", item)).isEqualTo(2);
		mvc.perform(get("/tracking/items/" + item).with(users.as(RDEC_STAFF)))
			.andExpect(content().string(containsString("id=\"release-reopen\"")));

		rdec("/tracking/items/" + item + "/reopen", "version", String.valueOf(version()), "reason", " ")
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-field=\"reason\"")));
		rdec("/tracking/items/" + item + "/reopen", "version", String.valueOf(version()), "reason", "議員再質詢")
			.andExpect(status().is3xxRedirection());
		assertThat(itemStatus()).isEqualTo("TRACKED");
		mvc.perform(get("/tracking/items/" + item).with(users.as(AGENCY_LIAISON)))
			.andExpect(content().string(containsString("議員再質詢")))
			.andExpect(content().string(containsString("id=\"release-request\"")));
	}

	@Test
	void aRefusalNeedsAReasonAndLeavesTheItemTracked() throws Exception {
		requestRelease(version());
		long request = openRequest();
		rdec("/tracking/release-requests/" + request + "/refuse", "version", "0")
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-field=\"decisionReason\"")));
		rdec("/tracking/release-requests/" + request + "/refuse", "version", "0", "decisionReason", "尚未驗收")
			.andExpect(status().is3xxRedirection());
		assertThat(requestStatus(request)).isEqualTo("REFUSED");
		assertThat(itemStatus()).isEqualTo("TRACKED");
		rdec("/tracking/release-requests/" + request + "/approve", "version", "1")
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-field=\"status\"")));
		assertThat(itemStatus()).isEqualTo("TRACKED");
	}

	@Test
	void onlyOneRequestIsOpenAndAReasonIsRequired() throws Exception {
		requestRelease(version(), "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("data-field=\"reason\"")));
		requestRelease(version()).andExpect(status().is3xxRedirection());
		requestRelease(version()).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("data-field=\"status\"")));
		assertThat(jdbc.sql("select count(*) from tracking_release_requests where item_id = ?").param(item)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void staleVersionsAreConflicts() throws Exception {
		requestRelease(version() + 1).andExpect(status().isConflict());
		requestRelease(version());
		long request = openRequest();
		rdec("/tracking/release-requests/" + request + "/approve", "version", "7").andExpect(status().isConflict());
		assertThat(itemStatus()).isEqualTo("TRACKED");
		assertThat(requestStatus(request)).isEqualTo("OPEN");
	}

	@Test
	void theHomePageTellsTheRdecAboutWaitingRequests() throws Exception {
		requestRelease(version());
		mvc.perform(get("/").with(users.as(RDEC_STAFF)))
			.andExpect(content().string(containsString("件解除列管申請待審核")))
			.andExpect(content().string(containsString("href=\"/tracking/release-requests\"")));
		mvc.perform(get("/").with(users.as(AGENCY_LIAISON)))
			.andExpect(content().string(not(containsString("件解除列管申請待審核"))));
	}

	@Test
	void onlyTheOwnerAgencysLiaisonRequests() throws Exception {
		matrix.agencyRecord(agency -> post("/tracking/items/" + item + "/release-requests")
			.param("version", String.valueOf(version())).param("reason", "已完工"))
			.allows(AGENCY_LIAISON)
			.check();
	}

	@Test
	void onlyTheRdecDecidesAndReopens() throws Exception {
		requestRelease(version());
		long request = openRequest();
		matrix.endpoint(() -> get("/tracking/release-requests")).allows(RDEC_STAFF).check();
		matrix.endpoint(() -> post("/tracking/release-requests/" + request + "/refuse").param("version", "0"))
			.allows(RDEC_STAFF).check();
		matrix.endpoint(() -> post("/tracking/release-requests/" + request + "/approve").param("version", "99"))
			.allows(RDEC_STAFF).check();
		matrix.endpoint(() -> post("/tracking/items/" + item + "/reopen").param("version", "0").param("reason", "x"))
			.allows(RDEC_STAFF).check();
		assertThat(itemStatus()).isEqualTo("TRACKED");
	}

	private ResultActions requestRelease(int version) throws Exception {
		return requestRelease(version, "工程已完工驗收");
	}

	private ResultActions requestRelease(int version, String reason) throws Exception {
		return mvc.perform(post("/tracking/items/" + item + "/release-requests").with(csrf()).with(users.as(AGENCY_LIAISON))
			.param("version", String.valueOf(version)).param("reason", reason));
	}

	private ResultActions rdec(String path, String... params) throws Exception {
		var request = post(path).with(csrf()).with(users.as(Role.RDEC_STAFF));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	private int version() {
		return jdbc.sql("select version from tracking_items where id = ?").param(item).query(Integer.class).single();
	}

	private String itemStatus() {
		return jdbc.sql("select status from tracking_items where id = ?").param(item).query(String.class).single();
	}

	private long openRequest() {
		return jdbc.sql("select id from tracking_release_requests where item_id = ? and status = 'OPEN'").param(item)
			.query(Long.class).single();
	}

	private String requestStatus(long request) {
		return jdbc.sql("select status from tracking_release_requests where id = ?").param(request).query(String.class).single();
	}

	private long audited(String entity, long id) {
		return jdbc.sql("select count(*) from audit_entry where entity = ? and entity_id = ?")
			.params(entity, String.valueOf(id)).query(Long.class).single();
	}

}
