package tw.yankao.shared.document;

/**
 * The measures every format shares, so that the ODT, DOCX and PDF books look alike: A4 portrait,
 * 2 cm margins, type sizes in points.
 */
final class BookLayout {

	static final float PAGE_WIDTH_CM = 21.0f;
	static final float PAGE_HEIGHT_CM = 29.7f;
	static final float MARGIN_CM = 2.0f;
	static final float TEXT_WIDTH_CM = PAGE_WIDTH_CM - 2 * MARGIN_CM;

	static final float TITLE_SIZE = 22;
	static final float BODY_SIZE = 12;
	static final float TABLE_SIZE = 9.5f;
	/** The grey of table headers, dark text on it passes WCAG AA contrast. */
	static final String HEADER_FILL = "D9E2F3";

	private BookLayout() {
	}

	/** Chapters 18 pt, parts 16 pt, the rest 13 pt. */
	static float headingSize(int level) {
		return switch (level) {
			case 1 -> 18;
			case 2 -> 16;
			default -> 13;
		};
	}

	/** The indent of a contents entry, in cm: one step per level below a chapter. */
	static float contentsIndentCm(int level) {
		return (level - 1) * 0.8f;
	}

	static float cmToPoints(float cm) {
		return cm / 2.54f * 72;
	}

}
