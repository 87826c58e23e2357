package tw.yankao.plan.importing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the body of an OpenDocument text (ODT) into {@link DocumentLines}, in document order:
 * headings and paragraphs, list items (nested lists too), tables (a row a line, spanned cells
 * followed by empty ones for the cells they cover) and whatever sections, indexes and frames
 * hold. Annotations, notes, tracked deletions and declarations are not the plan and are left out;
 * fields keep what they show.
 */
final class OdtLines {

	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
	// "number-columns-repeated" can say 1024 for a table drawn to the page edge; no plan table is wider
	private static final int MAX_REPEAT = 64;

	private OdtLines() {
	}

	/** @throws PlanImportException when the bytes are not a readable ODT */
	static DocumentLines read(byte[] bytes) {
		OdfTextDocument document = null;
		try {
			document = OdfTextDocument.loadDocument(new ByteArrayInputStream(bytes));
			DocumentLines lines = new DocumentLines();
			block(document.getContentRoot(), lines);
			return lines;
		}
		catch (Exception ex) {
			// odfdom declares Exception on loading; everything it throws means a damaged file
			throw new PlanImportException(PlanImportException.Reason.DAMAGED_DOCUMENT, "the OpenDocument text (ODT) cannot be read, it may be damaged: "
					+ ex.getMessage());
		}
		finally {
			if (document != null) {
				document.close();
			}
		}
	}

	/** Lines from the children of a block container (body, section, list item, cell, index). */
	private static void block(Node container, DocumentLines lines) {
		for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() != Node.ELEMENT_NODE) {
				continue;
			}
			String namespace = child.getNamespaceURI();
			String name = child.getLocalName();
			if (TEXT.equals(namespace) && ("p".equals(name) || "h".equals(name))) {
				lines.paragraph(inline(child));
			}
			else if (TABLE.equals(namespace) && "table".equals(name)) {
				rows(child, lines);
			}
			else if (skipped(namespace, name)) {
				continue;
			}
			else {
				block(child, lines); // lists, list items, sections, indexes, frames …
			}
		}
	}

	private static boolean skipped(String namespace, String name) {
		return (OFFICE.equals(namespace) && "annotation".equals(name))
				|| (TEXT.equals(namespace) && (name.endsWith("-decls") || "tracked-changes".equals(name)
						|| "note".equals(name) || "index-title-template".equals(name)
						|| name.endsWith("-source")))
				|| (TABLE.equals(namespace) && ("table-columns".equals(name) || "table-column".equals(name)));
	}

	/** Every row of a table, in header rows, row groups or directly below it. */
	private static void rows(Node table, DocumentLines lines) {
		for (Node child = table.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() != Node.ELEMENT_NODE || !TABLE.equals(child.getNamespaceURI())) {
				continue;
			}
			if ("table-row".equals(child.getLocalName())) {
				List<String> cells = cells(child);
				int repeated = cells.stream().allMatch(String::isEmpty) ? 1 : repeat((Element) child, "number-rows-repeated");
				for (int i = 0; i < repeated; i++) {
					lines.row(cells);
				}
			}
			else if (!"table-column".equals(child.getLocalName()) && !"table-columns".equals(child.getLocalName())) {
				rows(child, lines); // header rows, row groups, rows
			}
		}
	}

	private static List<String> cells(Node row) {
		List<String> cells = new ArrayList<>();
		for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
			if (cell.getNodeType() != Node.ELEMENT_NODE || !TABLE.equals(cell.getNamespaceURI())) {
				continue;
			}
			boolean covered = "covered-table-cell".equals(cell.getLocalName());
			if (!covered && !"table-cell".equals(cell.getLocalName())) {
				continue;
			}
			String text = "";
			if (!covered) {
				DocumentLines own = new DocumentLines();
				block(cell, own);
				text = DocumentLines.cell(own.lines());
			}
			int repeated = repeat((Element) cell, "number-columns-repeated");
			for (int i = 0; i < repeated; i++) {
				cells.add(text);
			}
		}
		return cells;
	}

	private static int repeat(Element element, String attribute) {
		String value = element.getAttributeNS(TABLE, attribute);
		try {
			return value.isEmpty() ? 1 : Math.max(1, Math.min(MAX_REPEAT, Integer.parseInt(value)));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** What a paragraph shows: text, {@code text:s} spaces, tabs and line breaks as spaces. */
	private static String inline(Node paragraph) {
		StringBuilder text = new StringBuilder();
		inline(paragraph, text);
		return text.toString();
	}

	private static void inline(Node node, StringBuilder text) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue());
				continue;
			}
			if (child.getNodeType() != Node.ELEMENT_NODE) {
				continue;
			}
			String namespace = child.getNamespaceURI();
			String name = child.getLocalName();
			if (TEXT.equals(namespace) && "s".equals(name)) {
				String count = ((Element) child).getAttributeNS(TEXT, "c");
				text.append(" ".repeat(count.isEmpty() ? 1 : Math.min(MAX_REPEAT, parse(count))));
			}
			else if (TEXT.equals(namespace) && ("tab".equals(name) || "line-break".equals(name))) {
				text.append(' ');
			}
			else if (!skipped(namespace, name) && !"frame".equals(name)) {
				inline(child, text); // spans, links, fields, bookmarks (empty), ruby …
			}
		}
	}

	private static int parse(String count) {
		try {
			return Math.max(1, Integer.parseInt(count));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
