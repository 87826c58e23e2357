package tw.yankao.plan.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.yankao.plan.internal.SeedPlans;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.BookFont;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.document.BookRenderers;

class BookFontTest {

	@TempDir
	Path dir;

	@Test
	void withoutAFontThePdfFailsNamingTheProperty() {
		List<String> nowhere = List.of(dir.resolve("none.ttc") + ",3");
		assertThatThrownBy(() -> BookFont.find(null, nowhere)).isInstanceOf(BookFont.MissingBookFont.class)
			.hasMessageContaining("yankao.document.font")
			.hasMessageContaining("none.ttc");
		BookRenderers renderers = new BookRenderers(() -> BookFont.find("", nowhere));
		assertThatThrownBy(() -> renderers.of(BookFormat.PDF)).hasMessageContaining("yankao.document.font");
	}

	@Test
	void aConfiguredFontThatDoesNotExistIsNamedInTheMessage() {
		String missing = dir.resolve("kai.ttf").toString();
		assertThatThrownBy(() -> BookFont.find(missing, BookFont.KNOWN)).isInstanceOf(BookFont.MissingBookFont.class)
			.hasMessageContaining("yankao.document.font is " + missing);
	}

	@Test
	void theConfiguredFontWinsOverTheKnownOnesAndACollectionGetsItsFirstFace() throws Exception {
		Path font = Files.createFile(dir.resolve("Own.ttc"));
		assertThat(BookFont.find(font.toString(), BookFont.KNOWN).spec()).isEqualTo(font + ",0");
		assertThat(BookFont.find(" " + font + ",2 ", BookFont.KNOWN).spec()).isEqualTo(font + ",2");
	}

	@Test
	void withoutConfigurationTheFirstInstalledKnownFontIsUsed() throws Exception {
		Path installed = Files.createFile(dir.resolve("NotoSansCJK-Regular.ttc"));
		assertThat(BookFont.find(null, List.of(dir.resolve("missing.ttc") + ",3", installed + ",3")).spec())
			.isEqualTo(installed + ",3");
	}

	@Test
	void theOtherFormatsNeedNoFont() throws Exception {
		BookRenderers renderers = new BookRenderers(() -> {
			throw new AssertionError("no font is looked for");
		});
		var plan = SeedPlans.plan(SeedPlans.ALL[3]);
		Book book = new PlanBookComposer().plan(new PlanBookComposer.AgencyPlan("秘書處", plan));
		for (BookFormat format : List.of(BookFormat.ODT, BookFormat.DOCX, BookFormat.TXT)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			renderers.of(format).write(book, out);
			assertThat(out.size()).isPositive();
		}
	}

}
