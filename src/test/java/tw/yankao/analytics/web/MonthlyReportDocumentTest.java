package tw.yankao.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tw.yankao.analytics.MonthlyReportsTest;
import tw.yankao.analytics.rollup.DailyRollups;
import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

/** The report's documents read back: their text and their chart pictures. */
@YankaoWebTest
class MonthlyReportDocumentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DailyRollups rollups;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void fixture() {
		MonthlyReportsTest.writeFixture(rollups, transactions, users.agencyId("TCG-TRA"), users.agencyId("TCG-CON"));
	}

	@Test
	void theOdtHoldsTheFiguresAndAChartPerBreakdown() throws Exception {
		Map<String, byte[]> odt = unzip(download("odt"));

		String content = new String(odt.get("content.xml"), StandardCharsets.UTF_8);
		assertThat(content).contains("93年3月 交通局陳情質量分析", "如期結案率", "90.0 %", "draw:frame", "依行政區")
			.contains("各行政區受理件數長條圖");
		assertThat(odt.keySet().stream().filter(n -> n.startsWith("Pictures/") && n.endsWith(".png"))).hasSize(4);
		assertThat(new String(odt.get("META-INF/manifest.xml"), StandardCharsets.UTF_8)).contains("Pictures/chart1.png");
	}

	@Test
	void theDocxHoldsTheFiguresAndItsChartsWithAlternativeText() throws Exception {
		Map<String, byte[]> docx = unzip(download("docx"));

		String document = new String(docx.get("word/document.xml"), StandardCharsets.UTF_8);
		assertThat(document).contains("如期結案率", "90.0 %", "descr=\"各類別受理件數長條圖");
		assertThat(docx.keySet().stream().filter(n -> n.startsWith("word/media/") && n.endsWith(".png"))).hasSize(4);
	}

	@Test
	void thePdfHoldsItsChartsAsImages() throws Exception {
		byte[] pdf = download("pdf");

		String raw = new String(pdf, StandardCharsets.ISO_8859_1);
		assertThat(raw).startsWith("%PDF");
		assertThat(raw.split("/Subtype/Image", -1).length - 1).isEqualTo(4);
	}

	@Test
	void agencyStaffMayNotDownloadAnotherAgencysReport() throws Exception {
		mvc.perform(get("/analytics/monthly.pdf").param("month", "2004-03").param("agency", "TCG-TRA")
			.with(users.as(Role.AGENCY_LIAISON)))
			.andExpect(status().isForbidden());
	}

	private byte[] download(String extension) throws Exception {
		return mvc.perform(get("/analytics/monthly." + extension).param("month", "2004-03").param("agency", "TCG-TRA")
			.with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
