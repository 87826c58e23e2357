/**
 * Pages and API of document timeliness: the import of the document system's export, the monthly
 * ranking with its trend, and {@code /api/tracking/documents/timeliness}.
 */
package tw.yankao.tracking.documents.web;
