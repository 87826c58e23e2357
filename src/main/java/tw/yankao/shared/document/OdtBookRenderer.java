package tw.yankao.shared.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.style.StyleMasterPageElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableCellElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import org.odftoolkit.odfdom.dom.element.text.TextHElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.element.text.TextPageNumberElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfPageLayoutProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfParagraphProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableCellProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableColumnProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeAutomaticStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStylePageLayout;

import tw.yankao.shared.document.Book.Heading;
import tw.yankao.shared.document.Book.Table;

/**
 * Writes a book as an OpenDocument text (ODT) with odfdom. The tables are built element by
 * element rather than through {@code OdfTable}, whose cell look-ups grow with the table: a city
 * book has tables of thousands of rows.
 */
public final class OdtBookRenderer extends BookRenderer {

	private OdfTextDocument document;
	private OdfContentDom dom;
	private OfficeTextElement body;
	private OdfOfficeAutomaticStyles styles;
	private final Map<String, String> styleNames = new HashMap<>();
	private int tables;
	private int pictures;

	@Override
	public BookFormat format() {
		return BookFormat.ODT;
	}

	@Override
	protected void start(Book book, OutputStream out) throws IOException {
		try {
			document = OdfTextDocument.newTextDocument();
			dom = document.getContentDom();
			body = document.getContentRoot();
			// the template's empty first paragraph would stand before the title
			while (body.getLastChild() instanceof TextPElement p && p.getTextContent().isEmpty()) {
				body.removeChild(p);
			}
			styles = dom.getOrCreateAutomaticStyles();
			document.getOfficeMetadata().setTitle(book.title());
			page();
		}
		catch (Exception ex) {
			throw new IOException("cannot start an ODT document", ex);
		}
	}

	private void page() throws Exception {
		StyleMasterPageElement master = document.getOfficeMasterStyles().getMasterPage("Standard");
		if (master == null) {
			return;
		}
		OdfStylePageLayout layout = document.getStylesDom()
			.getOrCreateAutomaticStyles()
			.getPageLayout(master.getStylePageLayoutNameAttribute());
		if (layout == null) {
			return;
		}
		layout.setProperty(OdfPageLayoutProperties.PageWidth, cm(BookLayout.PAGE_WIDTH_CM));
		layout.setProperty(OdfPageLayoutProperties.PageHeight, cm(BookLayout.PAGE_HEIGHT_CM));
		layout.setProperty(OdfPageLayoutProperties.MarginTop, cm(BookLayout.MARGIN_CM));
		layout.setProperty(OdfPageLayoutProperties.MarginBottom, cm(BookLayout.MARGIN_CM));
		layout.setProperty(OdfPageLayoutProperties.MarginLeft, cm(BookLayout.MARGIN_CM));
		layout.setProperty(OdfPageLayoutProperties.MarginRight, cm(BookLayout.MARGIN_CM));
		pageNumbers(master);
	}

	/** The page number, centred at the foot of each page. */
	private void pageNumbers(StyleMasterPageElement master) throws Exception {
		OdfStyle centred = document.getStylesDom().getOrCreateAutomaticStyles().newStyle(OdfStyleFamily.Paragraph);
		centred.setProperty(OdfParagraphProperties.TextAlign, "center");
		TextPElement footer = master.newStyleFooterElement().newTextPElement();
		footer.setStyleName(centred.getStyleNameAttribute());
		TextPageNumberElement number = new TextPageNumberElement(document.getStylesDom());
		number.setTextSelectPageAttribute("current");
		footer.appendChild(number);
	}

	@Override
	protected void image(Book.Image image) throws IOException {
		String path = "Pictures/chart" + (++pictures) + ".png";
		try {
			document.getPackage().insert(image.png(), path, "image/png");
		}
		catch (Exception ex) {
			throw new IOException("cannot add a picture to the ODT book", ex);
		}
		TextPElement p = body.newTextPElement();
		p.setStyleName(paragraphStyle("picture", style -> style.setProperty(OdfParagraphProperties.TextAlign, "center")));
		org.odftoolkit.odfdom.dom.element.draw.DrawFrameElement frame = p.newDrawFrameElement();
		frame.setTextAnchorTypeAttribute("as-char");
		frame.setSvgWidthAttribute(cm(image.widthCm()));
		frame.setSvgHeightAttribute(cm(image.heightCm()));
		frame.setDrawNameAttribute("chart" + pictures);
		org.odftoolkit.odfdom.dom.element.draw.DrawImageElement picture = frame.newDrawImageElement();
		picture.setXlinkHrefAttribute(path);
		picture.setXlinkTypeAttribute("simple");
		picture.setXlinkShowAttribute("embed");
		picture.setXlinkActuateAttribute("onLoad");
		frame.newSvgDescElement().setTextContent(image.alt());
	}

	@Override
	protected void title(String text) {
		TextPElement p = body.newTextPElement();
		p.setStyleName(paragraphStyle("title", style -> {
			text(style, BookLayout.TITLE_SIZE, true);
			style.setProperty(OdfParagraphProperties.TextAlign, "center");
			style.setProperty(OdfParagraphProperties.MarginTop, "3cm");
			style.setProperty(OdfParagraphProperties.MarginBottom, "1.5cm");
		}));
		p.setTextContent(text);
	}

	@Override
	protected void heading(Heading heading, boolean pageBreakBefore) {
		TextHElement h = body.newTextHElement(heading.level());
		h.setStyleName(paragraphStyle("heading" + heading.level() + pageBreakBefore, style -> {
			text(style, BookLayout.headingSize(heading.level()), true);
			style.setProperty(OdfParagraphProperties.MarginTop, "0.4cm");
			style.setProperty(OdfParagraphProperties.MarginBottom, "0.2cm");
			style.setProperty(OdfParagraphProperties.KeepWithNext, "always");
			if (pageBreakBefore) {
				style.setProperty(OdfParagraphProperties.BreakBefore, "page");
			}
		}));
		h.setTextContent(heading.text());
	}

	@Override
	protected void paragraph(String text) {
		TextPElement p = body.newTextPElement();
		p.setStyleName(paragraphStyle("body", style -> {
			text(style, BookLayout.BODY_SIZE, false);
			style.setProperty(OdfParagraphProperties.TextIndent, "0.85cm");
			style.setProperty(OdfParagraphProperties.MarginBottom, "0.15cm");
		}));
		p.setTextContent(text);
	}

	@Override
	protected void contentsEntry(Heading entry) {
		TextPElement p = body.newTextPElement();
		p.setStyleName(paragraphStyle("contents" + entry.level(), style -> {
			text(style, BookLayout.BODY_SIZE, entry.level() == 1);
			style.setProperty(OdfParagraphProperties.MarginLeft, cm(BookLayout.contentsIndentCm(entry.level())));
			style.setProperty(OdfParagraphProperties.MarginBottom, "0.1cm");
		}));
		p.setTextContent(entry.text());
	}

	@Override
	protected void table(Table table) {
		TableTableElement t = body.newTableTableElement();
		t.setTableNameAttribute("Table" + ++tables);
		t.setTableStyleNameAttribute(style("table", OdfStyleFamily.Table, style -> {
			style.setProperty(OdfTableProperties.Width, cm(BookLayout.TEXT_WIDTH_CM));
			style.setProperty(OdfTableProperties.Align, "center");
		}));
		for (int c = 0; c < table.header().size(); c++) {
			float width = BookLayout.TEXT_WIDTH_CM * table.share(c);
			t.newTableTableColumnElement()
				.setTableStyleNameAttribute(style("column" + width, OdfStyleFamily.TableColumn,
						style -> style.setProperty(OdfTableColumnProperties.ColumnWidth, cm(width))));
		}
		row(t.newTableTableHeaderRowsElement().newTableTableRowElement(), table.header(), true);
		for (List<String> cells : table.rows()) {
			row(t.newTableTableRowElement(), cells, false);
		}
	}

	private void row(TableTableRowElement row, List<String> cells, boolean header) {
		String cellStyle = style("cell" + header, OdfStyleFamily.TableCell, style -> {
			style.setProperty(OdfTableCellProperties.Border, "0.5pt solid #000000");
			style.setProperty(OdfTableCellProperties.Padding, "0.08cm");
			if (header) {
				style.setProperty(OdfTableCellProperties.BackgroundColor, "#" + BookLayout.HEADER_FILL);
			}
		});
		String textStyle = paragraphStyle("cellText" + header, style -> {
			text(style, BookLayout.TABLE_SIZE, header);
			if (header) {
				style.setProperty(OdfParagraphProperties.TextAlign, "center");
			}
		});
		for (String text : cells) {
			TableTableCellElement cell = new TableTableCellElement(dom);
			cell.setTableStyleNameAttribute(cellStyle);
			row.appendChild(cell);
			TextPElement p = cell.newTextPElement();
			p.setStyleName(textStyle);
			p.setTextContent(text);
		}
	}

	private String paragraphStyle(String key, java.util.function.Consumer<OdfStyle> properties) {
		return style(key, OdfStyleFamily.Paragraph, properties);
	}

	/** An automatic style made once per document and key, then shared by every element that uses it. */
	private String style(String key, OdfStyleFamily family, java.util.function.Consumer<OdfStyle> properties) {
		return styleNames.computeIfAbsent(key, k -> {
			OdfStyle style = styles.newStyle(family);
			properties.accept(style);
			return style.getStyleNameAttribute();
		});
	}

	/** Sizes and weights for Latin and for CJK text, which ODF sets apart. */
	private static void text(OdfStyle style, float size, boolean bold) {
		String points = size + "pt";
		style.setProperty(OdfTextProperties.FontSize, points);
		style.setProperty(OdfTextProperties.FontSizeAsian, points);
		if (bold) {
			style.setProperty(OdfTextProperties.FontWeight, "bold");
			style.setProperty(OdfTextProperties.FontWeightAsian, "bold");
		}
	}

	private static String cm(float value) {
		return String.format(Locale.ROOT, "%.3fcm", value);
	}

	@Override
	protected void finish(OutputStream out) throws IOException {
		try {
			document.save(out);
		}
		catch (Exception ex) {
			throw new IOException("cannot write the ODT document", ex);
		}
		finally {
			document.close();
		}
	}

}
