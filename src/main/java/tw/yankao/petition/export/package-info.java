/**
 * Case exports: the Taipei open-data column layout and the working-list columns, as CSV, XLSX or
 * ODS, every format written from the same rows, personal data masked or left out.
 */
package tw.yankao.petition.export;
