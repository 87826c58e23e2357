/**
 * The plan book (計畫書): an agency's annual plan, or the city's plans of a year, composed once
 * into a format-neutral {@link tw.yankao.shared.document.Book} by {@link tw.yankao.plan.book.PlanBookComposer}
 * and written as ODT, DOCX, PDF or plain text by one {@link tw.yankao.shared.document.BookRenderer} per
 * format. The layout (which parts, which tables, which columns) lives only in the composer; the
 * renderers only map headings, paragraphs and tables onto their format. The plain-text form is the
 * document flattened line by line, which {@code plan.importing} reads back.
 */
package tw.yankao.plan.book;
