package tw.yankao.shared.document;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;

import tw.yankao.shared.document.Book.Heading;
import tw.yankao.shared.document.Book.Table;

/**
 * Writes a book as PDF with OpenPDF, set in a CJK font. Long cells wrap (CJK text breaks between
 * any two characters) and rows split across pages, so no table runs off the page; the header row
 * repeats on every page. Headings become the PDF's outline.
 */
public final class PdfBookRenderer extends BookRenderer {

	private static final Color HEADER_FILL = new Color(Integer.parseInt(BookLayout.HEADER_FILL, 16));

	private final BookFont font;
	/** The page of each listed heading, from a first pass; null in that first pass. */
	private final List<Integer> contentsPages;
	private final List<Integer> headingPages = new ArrayList<>();
	private BaseFont base;
	private Document document;
	private PdfWriter writer;
	private PdfOutline[] outline;
	private List<Integer> contentsPagesKnown = List.of();
	private int contentsEntries;

	public PdfBookRenderer(BookFont font) {
		this(font, null);
	}

	private PdfBookRenderer(BookFont font, List<Integer> contentsPages) {
		this.font = font;
		this.contentsPages = contentsPages;
	}

	@Override
	public BookFormat format() {
		return BookFormat.PDF;
	}

	/**
	 * Unlike a word processor, a PDF cannot number its contents when it is opened: the book is
	 * laid out once to learn the page of each heading, then again with the pages in the contents.
	 */
	@Override
	protected void start(Book book, OutputStream out) throws IOException {
		List<Integer> pages = contentsPages;
		if (pages == null) {
			PdfBookRenderer firstPass = new PdfBookRenderer(font, List.of());
			firstPass.write(book, OutputStream.nullOutputStream());
			pages = firstPass.headingPages;
		}
		contentsPagesKnown = pages;
		base = font.load();
		float margin = BookLayout.cmToPoints(BookLayout.MARGIN_CM);
		document = new Document(PageSize.A4, margin, margin, margin, margin);
		writer = PdfWriter.getInstance(document, out);
		writer.setPageEvent(new PageNumbers(new Font(base, 9)));
		document.addTitle(book.title());
		document.open();
		outline = new PdfOutline[4];
		outline[0] = writer.getRootOutline();
	}

	@Override
	protected void title(String text) {
		Paragraph p = paragraph(text, BookLayout.TITLE_SIZE, true);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingBefore(BookLayout.cmToPoints(3));
		p.setSpacingAfter(BookLayout.cmToPoints(1.5f));
		add(p);
	}

	@Override
	protected void heading(Heading heading, boolean pageBreakBefore) {
		if (pageBreakBefore) {
			document.newPage();
		}
		Paragraph p = paragraph(heading.text(), BookLayout.headingSize(heading.level()), true);
		p.setSpacingBefore(BookLayout.cmToPoints(0.4f));
		p.setSpacingAfter(BookLayout.cmToPoints(0.2f));
		p.setKeepTogether(true);
		add(p);
		if (heading.listed()) {
			headingPages.add(writer.getPageNumber());
			int level = Math.min(heading.level(), outline.length - 1);
			PdfOutline parent = outline[0];
			for (int l = level - 1; l > 0; l--) {
				if (outline[l] != null) {
					parent = outline[l];
					break;
				}
			}
			outline[level] = new PdfOutline(parent,
					new PdfDestination(PdfDestination.FITH, writer.getVerticalPosition(true) + 30), heading.text());
			for (int l = level + 1; l < outline.length; l++) {
				outline[l] = null;
			}
		}
	}

	@Override
	protected void paragraph(String text) {
		Paragraph p = paragraph(text, BookLayout.BODY_SIZE, false);
		p.setFirstLineIndent(BookLayout.cmToPoints(0.85f));
		p.setSpacingAfter(BookLayout.cmToPoints(0.15f));
		p.setLeading(BookLayout.BODY_SIZE * 1.5f);
		add(p);
	}

	@Override
	protected void contentsEntry(Heading entry) {
		Paragraph p = paragraph(entry.text(), BookLayout.BODY_SIZE, entry.level() == 1);
		int index = contentsEntries++;
		if (index < contentsPagesKnown.size()) {
			p.add(new Chunk(new DottedLineSeparator()));
			p.add(new Chunk(String.valueOf(contentsPagesKnown.get(index)), new Font(base, BookLayout.BODY_SIZE)));
		}
		p.setIndentationLeft(BookLayout.cmToPoints(BookLayout.contentsIndentCm(entry.level())));
		p.setSpacingAfter(BookLayout.cmToPoints(0.1f));
		add(p);
	}

	@Override
	protected void table(Table table) {
		float[] widths = new float[table.header().size()];
		for (int c = 0; c < widths.length; c++) {
			widths[c] = table.share(c);
		}
		PdfPTable t = new PdfPTable(widths);
		t.setWidthPercentage(100);
		t.setHeaderRows(1);
		// a row taller than what is left of the page starts there and goes on on the next
		t.setSplitLate(false);
		t.setSplitRows(true);
		row(t, table.header(), true);
		for (List<String> cells : table.rows()) {
			row(t, cells, false);
		}
		add(t);
	}

	private void row(PdfPTable table, List<String> cells, boolean header) {
		Font cellFont = new Font(base, BookLayout.TABLE_SIZE, header ? Font.BOLD : Font.NORMAL);
		for (String text : cells) {
			PdfPCell cell = new PdfPCell(new Phrase(text, cellFont));
			cell.setPadding(3);
			cell.setLeading(0, 1.3f);
			if (header) {
				cell.setBackgroundColor(HEADER_FILL);
				cell.setHorizontalAlignment(Element.ALIGN_CENTER);
				cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
			}
			table.addCell(cell);
		}
	}

	private Paragraph paragraph(String text, float size, boolean bold) {
		Paragraph p = new Paragraph(text, new Font(base, size, bold ? Font.BOLD : Font.NORMAL));
		p.setLeading(size * 1.4f);
		return p;
	}

	@Override
	protected void image(Book.Image image) throws IOException {
		com.lowagie.text.Image picture = com.lowagie.text.Image.getInstance(image.png());
		picture.scaleAbsolute(BookLayout.cmToPoints(image.widthCm()), BookLayout.cmToPoints(image.heightCm()));
		picture.setAlignment(com.lowagie.text.Image.MIDDLE);
		picture.setAlt(image.alt());
		add(picture);
	}

	private void add(Element element) {
		try {
			document.add(element);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot lay out the PDF book", ex);
		}
	}

	@Override
	protected void finish(OutputStream out) {
		if (document.isOpen()) {
			document.close();
		}
	}

	/** The page number at the foot of each page. */
	private static final class PageNumbers extends PdfPageEventHelper {

		private final Font font;

		PageNumbers(Font font) {
			this.font = font;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase(String.valueOf(writer.getPageNumber()), font), (document.left() + document.right()) / 2,
					document.bottom() - BookLayout.cmToPoints(1), 0);
		}

	}

}
