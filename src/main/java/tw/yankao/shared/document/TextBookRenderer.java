package tw.yankao.shared.document;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tw.yankao.shared.document.Book.Heading;
import tw.yankao.shared.document.Book.Table;

/**
 * The book as a reader of DOCX or ODT flattens it: each paragraph one line, each table row one
 * line with its cells joined by TAB. This is the form {@code plan.importing.PlanTextImport} reads.
 */
public final class TextBookRenderer extends BookRenderer {

	private Writer writer;

	@Override
	public BookFormat format() {
		return BookFormat.TXT;
	}

	@Override
	protected void start(Book book, OutputStream out) {
		writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
	}

	@Override
	protected void title(String text) throws IOException {
		line(text);
	}

	@Override
	protected void heading(Heading heading, boolean pageBreakBefore) throws IOException {
		line(heading.text());
	}

	@Override
	protected void paragraph(String text) throws IOException {
		line(text);
	}

	@Override
	protected void contentsEntry(Heading entry) throws IOException {
		line(entry.text());
	}

	@Override
	protected void table(Table table) throws IOException {
		line(String.join("\t", table.header()));
		for (List<String> row : table.rows()) {
			line(String.join("\t", row));
		}
	}

	private void line(String text) throws IOException {
		writer.write(text);
		writer.write('\n');
	}

	@Override
	protected void finish(OutputStream out) throws IOException {
		writer.flush();
	}

}
