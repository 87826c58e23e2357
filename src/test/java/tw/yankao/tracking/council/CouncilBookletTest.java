package tw.yankao.tracking.council;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The booklet of a session read back with odfdom, POI and PDFBox: the title, the contents, each
 * agency's questions in the organisation's order (建設局 before 交通局, though 交通局's was
 * registered first), approved replies printed and the others marked as not replied.
 */
@YankaoWebTest
class CouncilBookletTest {

	static final Path OUT = Path.of("target", "council-booklet");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	long session;

	@BeforeEach
	void session() throws Exception {
		CouncilFixture fixture = new CouncilFixture(mvc, users, jdbc);
		session = fixture.session();
		fixture.question(session, "1", users.otherAgency(), "增開山線公車班次");
		long roads = fixture.question(session, "2", users.ownAgency(), "文心路坑洞修補進度");
		fixture.replyAndApprove(roads, "本局已於三日內完成坑洞修補。\n並列入路平專案持續辦理。", users.ownAgency());
	}

	@Test
	void theOdtHoldsTheQuestionsAndRepliesInAgencyOrder() throws Exception {
		try (OdfTextDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(download("odt")))) {
			assertBooklet(odtText(odt));
		}
	}

	@Test
	void theDocxHoldsTheQuestionsAndRepliesInAgencyOrder() throws Exception {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download("docx")))) {
			assertBooklet(String.join("\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList()));
		}
	}

	@Test
	void thePdfHoldsTheQuestionsAndRepliesInAgencyOrder() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(download("pdf"))) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			// the contents give page numbers after the headings; the long title wraps
			String text = stripper.getText(pdf).replaceAll("[ \\t]+", "").replaceAll("(?m)(\\D)\\d+$", "$1")
				.replaceFirst("書面\n質詢", "書面質詢");
			assertBooklet(text);
			assertThat(pdf.getNumberOfPages()).as("title and contents, then a page per agency").isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void aBookletOfAnUnknownFormatOrSessionIsNotFound() throws Exception {
		mvc.perform(get("/tracking/council/" + session + "/booklet.txt").with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/tracking/council/987654321/booklet.pdf").with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isNotFound());
	}

	private static void assertBooklet(String text) {
		String[] lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toArray(String[]::new);
		String flat = String.join("\n", lines);
		assertThat(flat).contains("臺中市議會第", "次定期會決議案及書面質詢答復彙編", "目錄", "書面質詢第2號：文心路坑洞修補進度",
				"本局已於三日內完成坑洞修補。", "並列入路平專案持續辦理。", "書面質詢第1號：增開山線公車班次", "（尚未答復）",
				"議員：測試議員", "答復期限：74年6月30日");
		// the chapter headings are lines of their own; the contents come before them
		java.util.List<String> all = java.util.List.of(lines);
		int roads = all.lastIndexOf("建設局");
		int traffic = all.lastIndexOf("交通局");
		assertThat(roads).as("建設局's chapter").isPositive().isLessThan(traffic);
		assertThat(all.indexOf("本局已於三日內完成坑洞修補。")).as("the reply in 建設局's chapter").isBetween(roads, traffic);
		assertThat(all.lastIndexOf("（尚未答復）")).as("交通局's question not replied").isGreaterThan(traffic);
		assertThat(all.subList(traffic, all.size())).doesNotContain("本局已於三日內完成坑洞修補。");
	}

	private byte[] download(String extension) throws Exception {
		MvcResult result = mvc.perform(get("/tracking/council/" + session + "/booklet." + extension).with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
			.andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		// kept for looking at the layout
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("booklet." + extension), bytes);
		return bytes;
	}

	/** The text of every paragraph and heading, in order. */
	private static String odtText(OdfTextDocument odt) throws Exception {
		StringBuilder text = new StringBuilder();
		org.w3c.dom.NodeList nodes = odt.getContentDom().getElementsByTagName("*");
		for (int i = 0; i < nodes.getLength(); i++) {
			String name = nodes.item(i).getNodeName();
			if (name.equals("text:p") || name.equals("text:h")) {
				text.append(nodes.item(i).getTextContent()).append('\n');
			}
		}
		return text.toString();
	}

}
