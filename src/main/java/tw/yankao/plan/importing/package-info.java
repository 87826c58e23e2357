/**
 * Import of existing plans: {@link tw.yankao.plan.importing.PlanFileImport} reads a file (DOCX,
 * ODT or text, told by {@link tw.yankao.plan.importing.PlanFormat content}, never by name) into an
 * {@link tw.yankao.plan.importing.ImportReport}: the {@link tw.yankao.plan.importing.ImportedPlan}
 * that {@link tw.yankao.plan.importing.PlanTextImport} recognised, with the blocks it did not
 * recognise and the warnings. The {@code plan import} command and the upload page
 * ({@code importing.web}) save it as a draft through {@link tw.yankao.plan.PlanManagement}.
 *
 * <h2>The line contract for documents</h2>
 * A DOCX or ODT becomes lines of text, which {@code PlanTextImport} reads like any plan text, so
 * that a plan book written by this application (or by hand, as in the seeds) imports the same from
 * every format. Writers of plan books that should import back follow the same contract:
 * <ul>
 * <li>The body in document order: every paragraph, heading and list item is one line; an empty
 *     paragraph is an empty line. Sections and nested sections, content controls, indexes and frames
 *     are read through. Page headers and footers, footnotes, comments (annotations), tracked
 *     deletions and text boxes are left out.</li>
 * <li>Every table row is one line: its cells joined by one TAB, on the table's grid. A cell merged
 *     across columns gives its text once followed by an empty cell for each further column it
 *     spans; a cell merged down (Word {@code vMerge} continue, ODF covered cells) is empty. A cell's
 *     own paragraphs (and list items, and nested tables' cells) are joined by one space, so the row
 *     stays on one line. Tables are laid out as in seeds 002/003: header row first, one indicator or
 *     programme item a row, goal or work plan in the first column of its first row.</li>
 * <li>Inside a line, tabs, line breaks and ODF {@code text:s} runs become spaces; bookmarks, field
 *     instructions (only what a field shows is kept) and empty runs leave nothing.</li>
 * <li>Numbering written as text ({@code 一、}, {@code (一)}, {@code 1.}) is kept as it is. Word's
 *     automatic numbering is written out (decimal, 一二三, 壹貳參, 甲乙丙; bullets give nothing);
 *     ODF list-style numbering is not, so ODT writers put their numbering into the text.</li>
 * <li>Full-width digits and brackets, {@code ≦ ≧}, thousands separators and stray HTML ({@code <p>},
 *     {@code <ol><li>}) are left in the lines; {@code PlanTextImport} normalises them.</li>
 * </ul>
 * Line numbers in the report are these lines, counted from 1.
 */
package tw.yankao.plan.importing;
