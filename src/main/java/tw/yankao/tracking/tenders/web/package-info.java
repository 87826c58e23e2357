/** The tender import page: upload, preview with rejected rows, import, and who may use it. */
package tw.yankao.tracking.tenders.web;
