package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.BookRenderer;
import tw.yankao.shared.document.DocxBookRenderer;
import tw.yankao.shared.document.OdtBookRenderer;
import tw.yankao.plan.book.PlanBookComposer;
import tw.yankao.shared.document.TextBookRenderer;
import tw.yankao.plan.internal.SeedPlans;

/**
 * The line contract between the plan book and the import, through the real document readers: the
 * DOCX and the ODT book read as lines are exactly the plain-text book, so each table ends with an
 * empty line (the empty paragraph after it) and a row is one line.
 */
class PlanBookLinesTest {

	static final String[] SEEDS = SeedPlans.ALL;

	@ParameterizedTest
	@FieldSource("SEEDS")
	void theDocxBookReadsAsThePlainTextBook(String seed) throws IOException {
		Book book = book(SeedPlans.plan(seed));
		List<String> lines = DocxLines.read(write(book, new DocxBookRenderer())).lines();
		assertThat(lines).isEqualTo(text(book));
		tablesEndWithAnEmptyLine(book, lines);
	}

	@ParameterizedTest
	@FieldSource("SEEDS")
	void theOdtBookReadsAsThePlainTextBook(String seed) throws IOException {
		Book book = book(SeedPlans.plan(seed));
		List<String> lines = OdtLines.read(write(book, new OdtBookRenderer())).lines();
		assertThat(lines).isEqualTo(text(book));
		tablesEndWithAnEmptyLine(book, lines);
	}

	/** Each table's last row is followed by an empty line, however the plain-text book is written. */
	private static void tablesEndWithAnEmptyLine(Book book, List<String> lines) {
		List<Book.Table> tables = book.blocks().stream().filter(Book.Table.class::isInstance).map(Book.Table.class::cast).toList();
		assertThat(tables).isNotEmpty();
		for (Book.Table table : tables) {
			String lastRow = String.join("\t", table.rows().get(table.rows().size() - 1));
			int at = lines.indexOf(lastRow);
			assertThat(at).as("last row of the table headed %s", table.header()).isNotNegative();
			assertThat(lines.get(at + 1)).as("the line after the table headed %s", table.header()).isEmpty();
		}
	}

	private static Book book(AnnualPlan plan) {
		return new PlanBookComposer().plan(new PlanBookComposer.AgencyPlan(plan.agencyName(), plan));
	}

	private static List<String> text(Book book) throws IOException {
		return new String(write(book, new TextBookRenderer()), StandardCharsets.UTF_8).lines().toList();
	}

	private static byte[] write(Book book, BookRenderer renderer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.write(book, out);
		return out.toByteArray();
	}

}
