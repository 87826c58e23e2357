package tw.yankao.shared.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.xmlbeans.XmlException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import tw.yankao.shared.document.Book.Heading;
import tw.yankao.shared.document.Book.Table;

/** Writes a book as a Word document (DOCX) with Apache POI. */
public final class DocxBookRenderer extends BookRenderer {

	private static final int TWIPS_PER_CM = 567;
	/** The CJK face Taiwanese government documents are set in; Word and LibreOffice substitute one they have. */
	static final String EAST_ASIAN_FONT = "標楷體";
	static final String LATIN_FONT = "Times New Roman";

	private static final String TABLE_TEXT = "TableText";
	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private XWPFDocument document;

	@Override
	public BookFormat format() {
		return BookFormat.DOCX;
	}

	@Override
	protected void start(Book book, OutputStream out) {
		document = new XWPFDocument();
		document.getProperties().getCoreProperties().setTitle(book.title());
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(LATIN_FONT);
		fonts.setHAnsi(LATIN_FONT);
		fonts.setEastAsia(EAST_ASIAN_FONT);
		XWPFStyles styles = document.createStyles();
		styles.setDefaultFonts(fonts);
		styles.addStyle(tableTextStyle());
		page(document.getDocument().getBody().addNewSectPr());
		XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
		footer.setAlignment(ParagraphAlignment.CENTER);
		footer.getCTP().addNewFldSimple().setInstr("PAGE");
	}

	/** The paragraph style of table cells: the table's type size. */
	private static XWPFStyle tableTextStyle() {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(TABLE_TEXT);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal("Table Text");
		CTRPr run = style.addNewRPr();
		BigInteger halfPoints = BigInteger.valueOf(Math.round(BookLayout.TABLE_SIZE * 2));
		run.addNewSz().setVal(halfPoints);
		run.addNewSzCs().setVal(halfPoints);
		return new XWPFStyle(style);
	}

	private static void page(CTSectPr section) {
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(twips(BookLayout.PAGE_WIDTH_CM)));
		size.setH(BigInteger.valueOf(twips(BookLayout.PAGE_HEIGHT_CM)));
		CTPageMar margin = section.addNewPgMar();
		BigInteger m = BigInteger.valueOf(twips(BookLayout.MARGIN_CM));
		margin.setTop(m);
		margin.setBottom(m);
		margin.setLeft(m);
		margin.setRight(m);
		margin.setFooter(BigInteger.valueOf(twips(BookLayout.MARGIN_CM / 2)));
	}

	@Override
	protected void title(String text) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingBefore(twips(3));
		p.setSpacingAfter(twips(1.5f));
		run(p, text, BookLayout.TITLE_SIZE, true);
	}

	@Override
	protected void heading(Heading heading, boolean pageBreakBefore) {
		XWPFParagraph p = document.createParagraph();
		p.setPageBreak(pageBreakBefore);
		p.setKeepNext(true);
		p.setSpacingBefore(twips(0.4f));
		p.setSpacingAfter(twips(0.2f));
		(p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewOutlineLvl().setVal(BigInteger.valueOf(heading.level() - 1L));
		run(p, heading.text(), BookLayout.headingSize(heading.level()), true);
	}

	@Override
	protected void image(Book.Image image) throws IOException {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = p.createRun();
		try {
			run.addPicture(new java.io.ByteArrayInputStream(image.png()), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
					"chart.png", emu(image.widthCm()), emu(image.heightCm()));
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException("cannot add a picture to the DOCX book", ex);
		}
		// the alternative text that screen readers and Word's "Alt Text" read
		run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(image.alt());
	}

	private static int emu(float cm) {
		return Math.round(cm * 360_000);
	}

	@Override
	protected void paragraph(String text) {
		XWPFParagraph p = document.createParagraph();
		p.setSpacingAfter(twips(0.15f));
		if (!text.isEmpty()) {
			p.setIndentationFirstLine(twips(0.85f));
			run(p, text, BookLayout.BODY_SIZE, false);
		}
	}

	@Override
	protected void contentsEntry(Heading entry) {
		XWPFParagraph p = document.createParagraph();
		p.setIndentationLeft(twips(BookLayout.contentsIndentCm(entry.level())));
		p.setSpacingAfter(twips(0.1f));
		run(p, entry.text(), BookLayout.BODY_SIZE, entry.level() == 1);
	}

	/**
	 * A table is written as WordprocessingML and parsed once: building it cell by cell through
	 * POI's object model takes seconds for the thousands of rows of a city book.
	 */
	@Override
	protected void table(Table table) {
		int columns = table.header().size();
		StringBuilder xml = new StringBuilder(256 * (table.rows().size() + 1) * columns);
		// an xml-fragment is the content of the w:tbl that POI made, not a second w:tbl inside it
		xml.append("<xml-fragment xmlns:w=\"").append(W).append("\"><w:tblPr>")
			.append("<w:tblW w:w=\"").append(twips(BookLayout.TEXT_WIDTH_CM)).append("\" w:type=\"dxa\"/>")
			.append("<w:jc w:val=\"center\"/><w:tblBorders>");
		for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
			xml.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
		}
		xml.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>")
			.append("<w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>")
			.append("<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>")
			.append("</w:tblCellMar></w:tblPr><w:tblGrid>");
		int[] widths = new int[columns];
		for (int c = 0; c < columns; c++) {
			widths[c] = twips(BookLayout.TEXT_WIDTH_CM * table.share(c));
			xml.append("<w:gridCol w:w=\"").append(widths[c]).append("\"/>");
		}
		xml.append("</w:tblGrid>");
		// the header repeats on each page and is never split; data rows split where the page ends
		xml.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
		for (int c = 0; c < columns; c++) {
			xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[c]).append("\" w:type=\"dxa\"/>")
				.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(BookLayout.HEADER_FILL)
				.append("\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"").append(TABLE_TEXT)
				.append("\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>");
			text(xml, table.header().get(c)).append("</w:r></w:p></w:tc>");
		}
		xml.append("</w:tr>");
		for (List<String> cells : table.rows()) {
			xml.append("<w:tr>");
			for (String cell : cells) {
				xml.append("<w:tc><w:p><w:pPr><w:pStyle w:val=\"").append(TABLE_TEXT).append("\"/></w:pPr>");
				if (!cell.isEmpty()) {
					text(xml.append("<w:r>"), cell).append("</w:r>");
				}
				xml.append("</w:p></w:tc>");
			}
			xml.append("</w:tr>");
		}
		xml.append("</xml-fragment>");
		try {
			document.createTable().getCTTbl().set(CTTbl.Factory.parse(xml.toString()));
		}
		catch (XmlException ex) {
			throw new IllegalStateException("the table's WordprocessingML does not parse", ex);
		}
	}

	/** A {@code w:t} with the text escaped, and characters XML cannot hold left out. */
	private static StringBuilder text(StringBuilder xml, String text) {
		xml.append("<w:t xml:space=\"preserve\">");
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			switch (ch) {
				case '&' -> xml.append("&amp;");
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				default -> {
					if (ch >= 0x20 || ch == '\t') {
						xml.append(ch);
					}
				}
			}
		}
		return xml.append("</w:t>");
	}

	private static void run(XWPFParagraph paragraph, String text, float size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontSize((double) size);
		if (bold) {
			run.setBold(true);
		}
	}

	private static int twips(float cm) {
		return Math.round(cm * TWIPS_PER_CM);
	}

	@Override
	protected void finish(OutputStream out) throws IOException {
		document.write(out);
		document.close();
	}

}
