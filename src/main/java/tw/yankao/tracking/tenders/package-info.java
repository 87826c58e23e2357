/**
 * Tender import (標案匯入): the central procurement system's export (CSV or XLSX) becomes TENDER
 * tracked items and their monthly progress, upserted by tender number, all-or-nothing per file.
 */
package tw.yankao.tracking.tenders;
