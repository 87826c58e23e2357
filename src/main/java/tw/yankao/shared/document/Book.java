package tw.yankao.shared.document;

import java.util.List;

/**
 * A plan book before it has a format: a title and blocks in reading order.
 *
 * @param title the document's title, also its metadata title
 * @param blocks headings, paragraphs, tables and page breaks in order
 */
public record Book(String title, List<Block> blocks) {

	public Book {
		blocks = List.copyOf(blocks);
	}

	/** A part of a book's body. */
	public sealed interface Block permits Title, Heading, Paragraph, Contents, Table, Image, PageBreak {
	}

	/** The title on the first page. */
	public record Title(String text) implements Block {
	}

	/**
	 * A heading.
	 *
	 * @param level 1 for a chapter (an agency in the city book), 2 for a part (第一部分), 3 below
	 * @param listed whether the table of contents lists it
	 */
	public record Heading(int level, String text, boolean listed) implements Block {
	}

	/** A paragraph of body text, one line; empty for the blank paragraph that ends a table. */
	public record Paragraph(String text) implements Block {
	}

	/** The table of contents: the listed headings, each with its level. */
	public record Contents(String title, List<Heading> entries) implements Block {

		public Contents {
			entries = List.copyOf(entries);
		}

	}

	/**
	 * A table whose header row repeats on every page.
	 *
	 * @param widths the relative width of each column
	 * @param header the header cells
	 * @param rows the data rows, each with as many cells as the header; cells are one line
	 */
	public record Table(List<Integer> widths, List<String> header, List<List<String>> rows) implements Block {

		public Table {
			widths = List.copyOf(widths);
			header = List.copyOf(header);
			rows = List.copyOf(rows);
		}

		/** The share of the table's width of column {@code c}, 0–1. */
		public float share(int column) {
			int total = widths.stream().mapToInt(Integer::intValue).sum();
			return (float) widths.get(column) / total;
		}

	}

	/**
	 * A picture, such as a chart, centred on its own line. Formats that hold no pictures (text,
	 * spreadsheet) write its alternative text instead.
	 *
	 * @param png the picture as PNG bytes
	 * @param alt what the picture shows, for readers who cannot see it; not blank
	 * @param widthCm its printed width; the height follows the picture's proportions
	 */
	public record Image(byte[] png, String alt, float widthCm) implements Block {

		private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

		public Image {
			if (png.length < 24 || !java.util.Arrays.equals(png, 0, 8, PNG_SIGNATURE, 0, 8)) {
				throw new IllegalArgumentException("not a PNG picture");
			}
			if (alt == null || alt.isBlank()) {
				throw new IllegalArgumentException("a picture needs alternative text");
			}
			png = png.clone();
		}

		/** The picture's width in pixels, from its header. */
		public int pixelWidth() {
			return java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
		}

		/** The picture's height in pixels, from its header. */
		public int pixelHeight() {
			return java.nio.ByteBuffer.wrap(png, 20, 4).getInt();
		}

		/** The printed height for {@link #widthCm}. */
		public float heightCm() {
			return widthCm * pixelHeight() / pixelWidth();
		}

		@Override
		public byte[] png() {
			return png.clone();
		}

	}

	/** Starts a new page (before each agency's chapter in the city book). */
	public record PageBreak() implements Block {
	}

}
