package tw.yankao.shared.document;

import java.io.IOException;
import java.io.OutputStream;

import tw.yankao.shared.document.Book.Block;
import tw.yankao.shared.document.Book.Contents;
import tw.yankao.shared.document.Book.Heading;
import tw.yankao.shared.document.Book.PageBreak;
import tw.yankao.shared.document.Book.Paragraph;
import tw.yankao.shared.document.Book.Table;
import tw.yankao.shared.document.Book.Title;

/**
 * Writes a book in one format. The walk over the blocks is here once; a format says only how it
 * writes a title, a heading, a paragraph, a table of contents and a table. A page break is
 * handed to the heading that follows it, as its "page break before", so that no format needs an
 * empty paragraph to carry it.
 *
 * <p>A renderer writes one book: it keeps the document being written. Get a new one for each
 * book from {@link BookRenderers}.
 */
public abstract class BookRenderer {

	public abstract BookFormat format();

	/** Writes the book to {@code out}, which it does not close. */
	public final void write(Book book, OutputStream out) throws IOException {
		start(book, out);
		boolean breakBefore = false;
		for (Block block : book.blocks()) {
			if (block instanceof Title title) {
				title(title.text());
			}
			else if (block instanceof Heading heading) {
				heading(heading, breakBefore);
			}
			else if (block instanceof Paragraph paragraph) {
				paragraph(paragraph.text());
			}
			else if (block instanceof Contents contents) {
				contents(contents);
			}
			else if (block instanceof Table table) {
				table(table);
			}
			else if (block instanceof Book.Image image) {
				image(image);
			}
			breakBefore = block instanceof PageBreak;
		}
		finish(out);
	}

	protected abstract void start(Book book, OutputStream out) throws IOException;

	protected abstract void title(String text) throws IOException;

	protected abstract void heading(Heading heading, boolean pageBreakBefore) throws IOException;

	protected abstract void paragraph(String text) throws IOException;

	/** The contents: its title, then each entry indented by level. */
	protected void contents(Contents contents) throws IOException {
		heading(new Heading(2, contents.title(), false), false);
		for (Heading entry : contents.entries()) {
			contentsEntry(entry);
		}
	}

	protected abstract void contentsEntry(Heading entry) throws IOException;

	protected abstract void table(Table table) throws IOException;

	/** A picture; formats without pictures write its alternative text as a paragraph. */
	protected void image(Book.Image image) throws IOException {
		paragraph(image.alt());
	}

	protected abstract void finish(OutputStream out) throws IOException;

}
