/**
 * The upload page of plan imports ({@code /plans/import}): a DOCX, ODT or text file with an agency
 * and ROC year is read into a preview, kept for its uploader in {@link
 * tw.yankao.plan.importing.web.PendingImports}, and saved as a draft only when confirmed.
 */
package tw.yankao.plan.importing.web;
