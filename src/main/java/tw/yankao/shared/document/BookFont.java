package tw.yankao.shared.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;

/**
 * The CJK font a PDF book is set in: the file named by {@value #PROPERTY}, else the first of the
 * places Debian's fonts-noto-cjk (and two older CJK packages) install theirs. A .ttc holds several
 * faces: the spec names one after a comma ({@code NotoSansCJK-Regular.ttc,3} is Traditional Chinese).
 *
 * @param spec the path, with {@code ,index} for a .ttc
 */
public record BookFont(String spec) {

	public static final String PROPERTY = "yankao.document.font";

	public static final List<String> KNOWN = List.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,3",
			"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,3",
			"/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc,3", "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,3",
			"/usr/share/fonts/truetype/arphic/uming.ttc,0", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0");

	/**
	 * The configured font, or the first known one on this machine.
	 *
	 * @param configured the property's value, null or blank when unset
	 * @throws MissingBookFont when the configured file does not exist, or none is configured and none is installed
	 */
	public static BookFont find(String configured, List<String> known) {
		if (configured != null && !configured.isBlank()) {
			BookFont font = new BookFont(withIndex(configured.strip()));
			if (!Files.isRegularFile(font.path())) {
				throw new MissingBookFont(PROPERTY + " is " + configured + ", but there is no such file; set it to a .ttf, or a .ttc with"
						+ " its face index (e.g. /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,3)");
			}
			return font;
		}
		return known.stream()
			.map(BookFont::new)
			.filter(font -> Files.isRegularFile(font.path()))
			.findFirst()
			.orElseThrow(() -> new MissingBookFont("a PDF plan book needs a CJK font and none is installed (looked at "
					+ String.join(", ", known) + "): install fonts-noto-cjk or set " + PROPERTY
					+ " to a .ttf, or a .ttc with its face index (e.g. /path/NotoSansCJK-Regular.ttc,3)"));
	}

	/** A .ttc without index gets its first face. */
	private static String withIndex(String spec) {
		return spec.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? spec + ",0" : spec;
	}

	Path path() {
		int comma = spec.lastIndexOf(',');
		boolean indexed = comma > 0 && spec.substring(comma + 1).chars().allMatch(Character::isDigit);
		return Path.of(indexed ? spec.substring(0, comma) : spec);
	}

	/**
	 * The font for OpenPDF, Unicode-encoded and embedded whole. Not subset: OpenPDF 2.0's subsetting
	 * of CFF-based fonts such as Noto CJK garbles some glyphs (聯, 開), which costs every PDF about
	 * 13 MB of font. OpenType collections (.ttc, .otf) are therefore embedded whole; a TrueType
	 * (.ttf) font configured instead is subset as usual.
	 */
	BaseFont load() throws IOException {
		BaseFont font = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		font.setSubset(path().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf"));
		return font;
	}

	/** No CJK font for a PDF book: the message names {@value #PROPERTY}. */
	public static final class MissingBookFont extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		MissingBookFont(String message) {
			super(message);
		}

	}

}
