package tw.yankao.plan.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.importing.PlanDocuments;
import tw.yankao.plan.importing.PlanFileImport;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

/** The upload page: who may use it, the preview before saving, saving once, and files refused. */
@YankaoWebTest
class PlanImportPageTest {

	private static final String SECRETARIAT_107 = "/plan/importing/003_e82097005b831da2.txt";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	PlanManagement plans;

	@Test
	void liaisonsImportForTheirAgencyTheRdecAndAdministratorsForAny() throws Exception {
		matrix.endpoint(() -> get("/plans/import")).allows(AGENCY_LIAISON, RDEC_STAFF, SYSTEM_ADMIN).check();
		byte[] docx = PlanDocuments.docx(seed());
		matrix.agencyRecord(agency -> upload(agency, 281, "plan.docx", docx))
			.allows(AGENCY_LIAISON, RDEC_STAFF, SYSTEM_ADMIN)
			.check();
		matrix.endpoint(() -> get("/plans/import/no-such-preview")).allows(AGENCY_LIAISON, RDEC_STAFF, SYSTEM_ADMIN)
			.check();
		matrix.endpoint(() -> post("/plans/import/no-such-preview")).allows(AGENCY_LIAISON, RDEC_STAFF, SYSTEM_ADMIN)
			.check();
	}

	@Test
	void aDocxIsPreviewedAndSavedAsOneDraftHoweverOftenItIsConfirmed() throws Exception {
		RequestPostProcessor liaison = users.as(AGENCY_LIAISON);
		long agency = users.ownAgency();

		String preview = mvc.perform(upload(agency, 282, "秘書處計畫.docx", PlanDocuments.docx(seed())).with(liaison))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(preview).startsWith("/plans/import/");
		assertThat(plansOf(agency, 282)).as("nothing is saved before the preview is confirmed").isEmpty();

		String page = page(get(preview).with(liaison));
		assertThat(page).contains("秘書處計畫.docx（DOCX）", "檔案所載為 107 年度，將存為您選擇的 282 年度", "推動本處志願服務工作", "15%", "40%", "≤120", "越低越好",
				"未辨識的段落", "存為草稿");

		mvc.perform(post(preview).with(liaison).with(csrf()));
		mvc.perform(post(preview).with(liaison).with(csrf()));

		assertThat(plansOf(agency, 282)).singleElement().satisfies(plan -> {
			assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
			assertThat(plan.version()).as("the second confirmation saved nothing").isZero();
			assertThat(plan.counts().goals()).isEqualTo(3);
			assertThat(page(get(preview).with(liaison))).contains("已存為草稿計畫（編號 " + plan.id().value())
				.doesNotContain("id=\"save-draft\"");
		});
	}

	@Test
	void anHtmxUploadIsSentToThePreviewByAFullPageLoad() throws Exception {
		var response = mvc.perform(upload(users.ownAgency(), 287, "plan.docx", PlanDocuments.docx(seed()))
			.header("HX-Request", "true")
			.with(users.as(AGENCY_LIAISON))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("HX-Redirect")).startsWith("/plans/import/");
		assertThat(page(get(response.getHeader("HX-Redirect")).with(users.as(AGENCY_LIAISON)))).contains("存為草稿");
	}

	@Test
	void onlyTheUploaderSeesThePreview() throws Exception {
		String preview = mvc.perform(upload(users.ownAgency(), 283, "plan.odt", PlanDocuments.odt(seed()))
			.with(users.as(RDEC_STAFF))).andReturn().getResponse().getRedirectedUrl();

		assertThat(mvc.perform(get(preview).with(users.as(SYSTEM_ADMIN))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(post(preview).with(users.as(SYSTEM_ADMIN)).with(csrf())).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(plansOf(users.ownAgency(), 283)).isEmpty();
	}

	@Test
	void aPlanThatMayNotBeReplacedIsNotSavedAndTheConflictIsShown() throws Exception {
		RequestPostProcessor rdec = users.as(RDEC_STAFF);
		long rdecAgency = users.agencyId("TCG-RDEC");
		AnnualPlanSummary approved = plansOf(rdecAgency, 105).get(0);
		String preview = mvc.perform(upload(rdecAgency, 105, "105.docx", PlanDocuments.docx(seed())).with(rdec))
			.andReturn().getResponse().getRedirectedUrl();

		String page = page(post(preview).with(rdec).with(csrf()));

		assertThat(page).contains("無法存為草稿，未儲存任何資料", "APPROVED");
		assertThat(plansOf(rdecAgency, 105)).singleElement().isEqualTo(approved);
	}

	@Test
	void refusedFilesAreShownOnTheFormNamingTheFileAndNothingIsKept() throws Exception {
		RequestPostProcessor admin = users.as(SYSTEM_ADMIN);
		long agency = users.ownAgency();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
		byte[] tooLarge = new byte[(int) PlanFileImport.DEFAULT_MAX_BYTES + 1];

		assertThat(page(upload(agency, 284, "photo.docx", png).with(admin)))
			.contains("檔案「photo.docx」不是 DOCX、ODT 或文字檔");
		assertThat(page(upload(agency, 284, "big.docx", tooLarge).with(admin)))
			.contains("檔案「big.docx」超過 10 MB 的上限");
		assertThat(page(upload(agency, 284, "letter.odt", PlanDocuments.odt("敬啟者：\n請出席會議。")).with(admin)))
			.contains("檔案「letter.odt」看起來不是施政計畫");
		assertThat(page(upload(agency, 284, "scan.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).with(admin)))
			.contains("是 PDF");
		assertThat(page(upload(agency, 0, "plan.docx", PlanDocuments.docx(seed())).with(admin)))
			.contains("年度須為 1 至 999 的民國年");
		assertThat(page(upload(agency, 284, "empty.txt", new byte[0]).with(admin).locale(Locale.ENGLISH)
			.param("lang", "en"))).contains("The file &quot;empty.txt&quot; is empty");
		assertThat(plansOf(agency, 284)).isEmpty();
	}

	@Test
	void warningsNameTheLineAndCell() throws Exception {
		String text = String.join("\n", "臺中市政府建設局 115 年度施政計畫", "貳、年度關鍵績效指標",
				"策略績效目標\t衡量指標\t衡量標準\t目標值", "一、道路品質(10%)\t(一)路平滿意度(10%)\t問卷\t另定之");
		RequestPostProcessor liaison = users.as(AGENCY_LIAISON);
		String preview = mvc.perform(upload(users.ownAgency(), 285, "plan.docx", PlanDocuments.docx(text))
			.with(liaison)).andReturn().getResponse().getRedirectedUrl();

		assertThat(page(get(preview).with(liaison)))
			.contains("第 4 行第 4 欄：目標值「另定之」無法由公式引擎解讀", "無法解讀，須人工填入");
	}

	private MockMultipartHttpServletRequestBuilder upload(long agencyId, int year, String name, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart("/plans/import");
		request.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("agencyId", Long.toString(agencyId))
			.param("year", Integer.toString(year))
			.with(csrf());
		return request;
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private java.util.List<AnnualPlanSummary> plansOf(long agencyId, int year) {
		return plans.plansOf(agencyId).stream().filter(p -> p.rocYear() == year).toList();
	}

	private static String seed() throws IOException {
		try (InputStream in = PlanImportPageTest.class.getResourceAsStream(SECRETARIAT_107)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
