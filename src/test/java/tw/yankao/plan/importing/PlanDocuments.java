package tw.yankao.plan.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * DOCX and ODT documents built from a plan text the way a word processor holds it: each line
 * without a tab a paragraph, each run of lines with tabs a table whose rows have a cell per tab
 * field. Built in the tests rather than committed as binaries, so that what they hold is visible.
 */
public final class PlanDocuments {

	static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
	static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	private PlanDocuments() {
	}

	/** A DOCX of the text. */
	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (List<String> block : blocks(text)) {
				if (block.get(0).indexOf('\t') < 0) {
					var run = document.createParagraph();
					if (!block.get(0).isEmpty()) {
						run.createRun().setText(block.get(0));
					}
					continue;
				}
				XWPFTable table = document.createTable();
				table.removeRow(0);
				for (String line : block) {
					XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
					for (String cell : line.split("\t", -1)) {
						var added = row.addNewTableCell();
						if (!cell.isEmpty()) {
							added.setText(cell);
						}
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An ODT of the text. */
	public static byte[] odt(String text) {
		try {
			OdfTextDocument document = OdfTextDocument.newTextDocument();
			OdfContentDom dom = document.getContentDom();
			Element body = document.getContentRoot();
			removeParagraphs(body);
			for (List<String> block : blocks(text)) {
				if (block.get(0).indexOf('\t') < 0) {
					body.appendChild(paragraph(dom, block.get(0)));
					continue;
				}
				Element table = dom.createElementNS(TABLE_NS, "table:table");
				int columns = block.stream().mapToInt(line -> line.split("\t", -1).length).max().orElse(1);
				Element column = dom.createElementNS(TABLE_NS, "table:table-column");
				column.setAttributeNS(TABLE_NS, "table:number-columns-repeated", Integer.toString(columns));
				table.appendChild(column);
				for (String line : block) {
					Element row = dom.createElementNS(TABLE_NS, "table:table-row");
					for (String cell : line.split("\t", -1)) {
						Element added = dom.createElementNS(TABLE_NS, "table:table-cell");
						added.appendChild(paragraph(dom, cell));
						row.appendChild(added);
					}
					table.appendChild(row);
				}
				body.appendChild(table);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			document.close();
			return out.toByteArray();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Element paragraph(OdfContentDom dom, String text) {
		Element paragraph = dom.createElementNS(TEXT_NS, "text:p");
		paragraph.setTextContent(text);
		return paragraph;
	}

	static void removeParagraphs(Node body) {
		for (Node child = body.getFirstChild(); child != null;) {
			Node next = child.getNextSibling();
			if ("p".equals(child.getLocalName())) {
				body.removeChild(child);
			}
			child = next;
		}
	}

	/** Single lines without tabs, and runs of lines with tabs. */
	private static List<List<String>> blocks(String text) {
		List<List<String>> blocks = new ArrayList<>();
		List<String> table = null;
		for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
			if (line.indexOf('\t') < 0) {
				blocks.add(List.of(line));
				table = null;
			}
			else {
				if (table == null) {
					table = new ArrayList<>();
					blocks.add(table);
				}
				table.add(line);
			}
		}
		return blocks;
	}

}
