package tw.yankao.plan.achievement;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tw.yankao.shared.web.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EvidenceRulesTest {

	static final byte[] PDF = "%PDF-1.7\n%fake but well begun".getBytes(StandardCharsets.US_ASCII);
	static final byte[] ZIP = { 'P', 'K', 3, 4, 20, 0 };

	@Test
	void acceptsTheDocumentAndImageTypesWhenTheContentMatchesTheName() {
		assertThat(EvidenceRules.contentType("成果.pdf", PDF)).isEqualTo("application/pdf");
		assertThat(EvidenceRules.contentType("統計.ODS", ZIP)).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
		assertThat(EvidenceRules.contentType("a.docx", ZIP)).contains("wordprocessingml");
		assertThat(EvidenceRules.contentType("a.xlsx", ZIP)).contains("spreadsheetml");
		assertThat(EvidenceRules.contentType("a.odt", ZIP)).contains("opendocument.text");
		assertThat(EvidenceRules.contentType("photo.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }))
			.isEqualTo("image/jpeg");
		assertThat(EvidenceRules.contentType("chart.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13 })).isEqualTo("image/png");
	}

	@Test
	void refusesOtherTypesMislabelledEmptyAndOversizedFiles() {
		assertThat(key("run.exe", PDF)).isEqualTo("achievement.evidence.type");
		assertThat(key("noextension", PDF)).isEqualTo("achievement.evidence.type");
		assertThat(key("report.pdf", ZIP)).isEqualTo("achievement.evidence.mismatch");
		assertThat(key("report.pdf", new byte[0])).isEqualTo("achievement.evidence.empty");
		byte[] big = new byte[EvidenceRules.MAX_BYTES + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		assertThat(key("big.pdf", big)).isEqualTo("achievement.evidence.too-large");
		byte[] limit = new byte[EvidenceRules.MAX_BYTES];
		System.arraycopy(PDF, 0, limit, 0, PDF.length);
		assertThat(EvidenceRules.contentType("limit.pdf", limit)).isEqualTo("application/pdf");
	}

	private static String key(String name, byte[] content) {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> EvidenceRules.contentType(name, content));
		assertThat(invalid.errors().get(0).field()).isEqualTo("evidence");
		return invalid.errors().get(0).messageKey();
	}

}
