package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.yankao.plan.importing.PlanDocuments.TABLE_NS;
import static tw.yankao.plan.importing.PlanDocuments.TEXT_NS;
import static tw.yankao.plan.importing.PlanDocuments.paragraph;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.w3c.dom.Element;

/** The line contract for OpenDocument texts (see package-info): what becomes a line and what is left out. */
class OdtLinesTest {

	private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	@Test
	void headingsParagraphsListsAndNestedSectionsAreLinesInDocumentOrder() throws Exception {
		OdfTextDocument document = OdfTextDocument.newTextDocument();
		OdfContentDom dom = document.getContentDom();
		Element body = document.getContentRoot();
		PlanDocuments.removeParagraphs(body);

		Element heading = element(dom, TEXT_NS, "text:h");
		element(heading, dom, TEXT_NS, "text:bookmark").setAttributeNS(TEXT_NS, "text:name", "_Toc1");
		heading.appendChild(dom.createTextNode("壹、年度"));
		element(heading, dom, TEXT_NS, "text:s").setAttributeNS(TEXT_NS, "text:c", "2");
		heading.appendChild(dom.createTextNode("施政目標"));
		Element note = element(heading, dom, OFFICE_NS, "office:annotation");
		note.appendChild(paragraph(dom, "審查意見：請補充"));
		body.appendChild(heading);

		Element outer = element(dom, TEXT_NS, "text:section");
		Element inner = element(outer, dom, TEXT_NS, "text:section");
		Element broken = paragraph(dom, "第一行");
		element(broken, dom, TEXT_NS, "text:line-break");
		broken.appendChild(dom.createTextNode("第二行"));
		element(broken, dom, TEXT_NS, "text:tab");
		broken.appendChild(dom.createTextNode("完"));
		inner.appendChild(broken);
		body.appendChild(outer);

		Element list = element(dom, TEXT_NS, "text:list");
		Element item = element(list, dom, TEXT_NS, "text:list-item");
		item.appendChild(paragraph(dom, "一、提升服務"));
		Element nested = element(item, dom, TEXT_NS, "text:list");
		element(nested, dom, TEXT_NS, "text:list-item").appendChild(paragraph(dom, "(一)線上申辦"));
		body.appendChild(list);

		assertThat(lines(document)).isEqualTo("壹、年度  施政目標\n第一行 第二行 完\n一、提升服務\n(一)線上申辦");
	}

	@Test
	void aTableRowIsALineWithSpannedAndCoveredCellsEmpty() throws Exception {
		OdfTextDocument document = OdfTextDocument.newTextDocument();
		OdfContentDom dom = document.getContentDom();
		Element body = document.getContentRoot();
		PlanDocuments.removeParagraphs(body);
		Element table = element(dom, TABLE_NS, "table:table");
		element(table, dom, TABLE_NS, "table:table-column").setAttributeNS(TABLE_NS, "table:number-columns-repeated", "3");
		Element headerRow = element(element(table, dom, TABLE_NS, "table:table-header-rows"), dom, TABLE_NS,
				"table:table-row");
		Element goal = cell(headerRow, dom, "策略績效目標");
		goal.setAttributeNS(TABLE_NS, "table:number-columns-spanned", "2");
		element(headerRow, dom, TABLE_NS, "table:covered-table-cell");
		cell(headerRow, dom, "衡量指標");
		Element group = element(table, dom, TABLE_NS, "table:table-row-group");
		Element first = element(group, dom, TABLE_NS, "table:table-row");
		cell(first, dom, "一").setAttributeNS(TABLE_NS, "table:number-rows-spanned", "2");
		cell(first, dom, "提升效能(15%)");
		Element twoParagraphs = cell(first, dom, "1. 甲");
		twoParagraphs.appendChild(paragraph(dom, "2. 乙"));
		Element second = element(table, dom, TABLE_NS, "table:table-row");
		element(second, dom, TABLE_NS, "table:covered-table-cell");
		cell(second, dom, "數位治理(10%)");
		cell(second, dom, "");
		body.appendChild(table);

		assertThat(lines(document)).isEqualTo("策略績效目標\t\t衡量指標\n一\t提升效能(15%)\t1. 甲 2. 乙\n\t數位治理(10%)\t");
	}

	private static Element cell(Element row, OdfContentDom dom, String text) {
		Element cell = element(row, dom, TABLE_NS, "table:table-cell");
		cell.appendChild(paragraph(dom, text));
		return cell;
	}

	private static Element element(OdfContentDom dom, String namespace, String name) {
		return dom.createElementNS(namespace, name);
	}

	private static Element element(Element parent, OdfContentDom dom, String namespace, String name) {
		Element child = dom.createElementNS(namespace, name);
		parent.appendChild(child);
		return child;
	}

	private static String lines(OdfTextDocument document) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		document.close();
		return OdtLines.read(out.toByteArray()).text();
	}

}
