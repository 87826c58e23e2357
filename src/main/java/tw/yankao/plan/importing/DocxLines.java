package tw.yankao.plan.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.w3c.dom.Node;

/**
 * Reads the body of a Word document (DOCX) into {@link DocumentLines}, in document order:
 * paragraphs, tables (a row a line) and content controls. Page headers, footers, footnotes and
 * comments are not the plan and are left out; so are field instructions (only what a field shows
 * is kept), deleted text, bookmarks and empty runs.
 */
final class DocxLines {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

	private DocxLines() {
	}

	/** @throws PlanImportException when the bytes are not a readable DOCX */
	static DocumentLines read(byte[] bytes) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			DocumentLines lines = new DocumentLines();
			WordNumbering numbering = new WordNumbering(document.getNumbering());
			for (IBodyElement element : document.getBodyElements()) {
				add(element, lines, numbering);
			}
			return lines;
		}
		catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
				| IllegalStateException ex) {
			throw new PlanImportException(PlanImportException.Reason.DAMAGED_DOCUMENT, "the Word (DOCX) document cannot be read, it may be damaged: "
					+ ex.getMessage());
		}
	}

	private static void add(IBodyElement element, DocumentLines lines, WordNumbering numbering) {
		if (element instanceof XWPFParagraph paragraph) {
			lines.paragraph(numbering.label(paragraph) + text(paragraph));
		}
		else if (element instanceof XWPFTable table) {
			for (XWPFTableRow row : table.getRows()) {
				lines.row(cells(row, numbering));
			}
		}
		else if (element instanceof XWPFSDT control) {
			for (String line : control.getContent().getText().split("\\R")) {
				lines.paragraph(line);
			}
		}
	}

	/** The row's cells on the document's grid: a merged cell's text once, then empty cells. */
	private static List<String> cells(XWPFTableRow row, WordNumbering numbering) {
		List<String> cells = new ArrayList<>();
		for (XWPFTableCell cell : row.getTableCells()) {
			CTTcPr properties = cell.getCTTc().getTcPr();
			boolean continued = properties != null && properties.isSetVMerge()
					&& (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
			cells.add(continued ? "" : cellText(cell, numbering));
			int span = properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
			for (int i = 1; i < span; i++) {
				cells.add("");
			}
		}
		return cells;
	}

	private static String cellText(XWPFTableCell cell, WordNumbering numbering) {
		List<String> paragraphs = new ArrayList<>();
		for (IBodyElement element : cell.getBodyElements()) {
			DocumentLines nested = new DocumentLines();
			add(element, nested, numbering);
			paragraphs.addAll(nested.lines());
		}
		return DocumentLines.cell(paragraphs);
	}

	/** What the paragraph shows: its runs' text, tabs and breaks as spaces. */
	static String text(XWPFParagraph paragraph) {
		StringBuilder text = new StringBuilder();
		append(paragraph.getCTP().getDomNode(), text);
		return text.toString();
	}

	// xmlbeans' DOM has no getTextContent (DOM level 3)
	private static void characters(Node element, StringBuilder text) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue());
			}
		}
	}

	private static void append(Node node, StringBuilder text) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() != Node.ELEMENT_NODE) {
				continue;
			}
			String name = child.getLocalName();
			if (MARKUP_COMPATIBILITY.equals(child.getNamespaceURI()) && "Fallback".equals(name)) {
				continue; // the same drawing again for old readers
			}
			if (!W.equals(child.getNamespaceURI())) {
				append(child, text);
				continue;
			}
			switch (name) {
				case "t" -> characters(child, text);
				case "tab", "ptab", "br", "cr" -> text.append(' ');
				// field instructions, deleted text, text boxes floating beside the paragraph
				case "instrText", "delText", "delInstrText", "txbxContent", "footnoteReference", "endnoteReference" -> {
				}
				default -> append(child, text);
			}
		}
	}

}
