package tw.yankao.shared.document;

import java.util.function.Supplier;

/**
 * A new renderer for each book, since a renderer keeps the document it writes. The PDF font is
 * found when the first PDF is asked for, so that a machine without CJK fonts still writes the
 * other formats. The application has one, configured by {@link DocumentConfiguration}.
 */
public final class BookRenderers {

	private final Supplier<BookFont> font;

	public BookRenderers(Supplier<BookFont> font) {
		this.font = font;
	}

	public BookRenderer of(BookFormat format) {
		return switch (format) {
			case ODT -> new OdtBookRenderer();
			case DOCX -> new DocxBookRenderer();
			case PDF -> new PdfBookRenderer(font.get());
			case XLSX -> new XlsxBookRenderer();
			case TXT -> new TextBookRenderer();
		};
	}

}
