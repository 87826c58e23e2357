/** The monthly report as a document (ODT, DOCX, PDF) with its charts drawn as pictures. */
package tw.yankao.analytics.report;
