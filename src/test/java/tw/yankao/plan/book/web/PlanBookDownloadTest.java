package tw.yankao.plan.book.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.importing.ImportedPlan;
import tw.yankao.plan.importing.PlanTextImport;
import tw.yankao.plan.internal.SeedPlans;
import tw.yankao.shared.security.Roles;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

@YankaoWebTest
class PlanBookDownloadTest {

	/** Years no other test uses, so that the city book holds only this test's plans. */
	private static final int YEAR = 801;
	private static final int CITY_YEAR = 802;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	TestUsers users;

	@Autowired
	PlanManagement plans;

	@Autowired
	JdbcClient jdbc;

	private final Map<Long, AnnualPlanId> planOfAgency = new HashMap<>();

	private final ImportedPlan secretariat = SeedPlans.imported(SeedPlans.ALL[3]);

	private AnnualPlanId planOf(long agencyId) {
		return planOfAgency.computeIfAbsent(agencyId, id -> plans.saveDraft(secretariat, id, YEAR, "book-test.txt"));
	}

	@Test
	void aPlansBookIsForStaffOfItsAgencyAndTheCityWideRoles() throws Exception {
		matrix.agencyRecord(agencyId -> get("/plans/{id}/book.txt", planOf(agencyId).value()))
			.allows(Roles.STAFF)
			.check();
	}

	@Test
	void theCityBookIsForTheCityWideRoles() throws Exception {
		matrix.endpoint(() -> get("/plans/books/{year}.docx", CITY_YEAR)).allows(SYSTEM_ADMIN, RDEC_STAFF).check();
		matrix.endpoint(() -> get("/plans/books")).allows(SYSTEM_ADMIN, RDEC_STAFF).check();
	}

	@Test
	void theCityBooksPageLinksEachYearWithApprovedPlansInEachFormat() throws Exception {
		approve(plans.saveDraft(secretariat, users.agencyId("TCG-FIN"), 803, "book-page-test.txt"));
		plans.saveDraft(secretariat, users.agencyId("TCG-FIN"), 804, "a draft has no city book");

		String page = mvc.perform(get("/plans/books").with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("民國 803 年度", "href=\"/plans/books/803.odt\"", "href=\"/plans/books/803.docx\"",
				"href=\"/plans/books/803.pdf\"", "aria-label=\"下載民國 803 年度市府施政計畫書（PDF 檔）\"");
		assertThat(page).doesNotContain("/plans/books/804.");
	}

	@Test
	void anUnknownPlanOrFormatIsNotFound() throws Exception {
		mvc.perform(get("/plans/{id}/book.pdf", Long.MAX_VALUE).with(users.as(SYSTEM_ADMIN))).andExpect(status().isNotFound());
		long id = planOf(users.ownAgency()).value();
		mvc.perform(get("/plans/{id}/book.rtf", id).with(users.as(SYSTEM_ADMIN))).andExpect(status().isNotFound());
		mvc.perform(get("/plans/books/{year}.txt", CITY_YEAR).with(users.as(SYSTEM_ADMIN)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theTextBookIsNamedInUtf8AndImportsBack() throws Exception {
		long id = planOf(users.ownAgency()).value();
		byte[] body = mvc.perform(get("/plans/{id}/book.txt", id).with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"plan-" + id + "-801.txt\"; "
					+ "filename*=UTF-8''"
					+ URLEncoder.encode("臺中市政府建設局801年度施政計畫.txt", StandardCharsets.UTF_8)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		ImportedPlan back = new PlanTextImport().read(body);
		assertThat(new String(body, StandardCharsets.UTF_8)).startsWith("臺中市政府建設局801年度施政計畫\n");
		assertThat(back.goals()).isEqualTo(secretariat.goals());
		assertThat(back.programmes()).isEqualTo(secretariat.programmes());
	}

	@Test
	void theCityBookHoldsTheApprovedPlansOfTheYearByAgencyCode() throws Exception {
		long traffic = users.otherAgency();
		long own = users.ownAgency();
		long finance = users.agencyId("TCG-FIN");
		approve(plans.saveDraft(secretariat, traffic, CITY_YEAR, "city-book-test.txt"));
		approve(plans.saveDraft(SeedPlans.imported(SeedPlans.ALL[2]), own, CITY_YEAR, "city-book-test.txt"));
		plans.saveDraft(secretariat, finance, CITY_YEAR, "a draft is not in the city book");

		byte[] body = mvc.perform(get("/plans/books/{year}.docx", CITY_YEAR).with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(body))) {
			List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs.get(0)).isEqualTo("臺中市政府802年度施政計畫");
			List<String> chapters = paragraphs.stream().filter(p -> p.endsWith("802年度施政計畫")).skip(1).toList();
			// each chapter once in the contents and once as its heading, TCG-CON before TCG-TRA
			assertThat(chapters).containsExactly("臺中市政府建設局802年度施政計畫", "臺中市政府交通局802年度施政計畫",
					"臺中市政府建設局802年度施政計畫", "臺中市政府交通局802年度施政計畫");
		}
	}

	/**
	 * This test's plans go back to drafts: other tests count the approved plans (the demo's four)
	 * and the agencies' plans, and the demo's agencies are left alone.
	 */
	@AfterEach
	void backToDrafts() {
		jdbc.sql("update annual_plan set status = 'DRAFT' where roc_year between 801 and 804").update();
	}

	private void approve(AnnualPlanId id) {
		// the review workflow is another part of the plan module; the status is what matters here
		jdbc.sql("update annual_plan set status = 'APPROVED' where id = :id").param("id", id.value()).update();
	}

}
