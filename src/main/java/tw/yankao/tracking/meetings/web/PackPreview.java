package tw.yankao.tracking.meetings.web;

import java.util.ArrayList;
import java.util.List;

import tw.yankao.shared.document.Book;

/**
 * A pack as the meeting page shows it: each heading with the paragraphs and table below it.
 *
 * @param header the table's header, empty when the section has no table
 */
record PackPreview(String title, List<Section> sections) {

	record Section(String heading, List<String> paragraphs, List<String> header, List<List<String>> rows) {
	}

	static PackPreview of(Book book) {
		List<Section> sections = new ArrayList<>();
		String heading = null;
		List<String> paragraphs = new ArrayList<>();
		for (Book.Block block : book.blocks()) {
			if (block instanceof Book.Heading h) {
				if (heading != null || !paragraphs.isEmpty()) {
					sections.add(new Section(heading, paragraphs, List.of(), List.of()));
				}
				heading = h.text();
				paragraphs = new ArrayList<>();
			}
			else if (block instanceof Book.Paragraph p && !p.text().isEmpty()) {
				paragraphs.add(p.text());
			}
			else if (block instanceof Book.Table table) {
				sections.add(new Section(heading, paragraphs, table.header(), table.rows()));
				heading = null;
				paragraphs = new ArrayList<>();
			}
		}
		if (heading != null || !paragraphs.isEmpty()) {
			sections.add(new Section(heading, paragraphs, List.of(), List.of()));
		}
		return new PackPreview(book.title(), sections);
	}

}
