/**
 * Documents before they have a format: a {@link tw.yankao.shared.document.Book} of headings,
 * paragraphs and tables, written as ODT (the government's standard), DOCX, PDF (in a CJK font) or
 * plain text by one {@link tw.yankao.shared.document.BookRenderer} per format. Modules compose their
 * own books (the plan book, control-meeting packs, council reply booklets); the page size, fonts and
 * table style are the same for all of them.
 */
package tw.yankao.shared.document;
