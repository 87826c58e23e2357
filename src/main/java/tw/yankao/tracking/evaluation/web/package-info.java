/**
 * Pages, exports and JSON of the year-end evaluation: rounds, an item's evaluation form for
 * reviewers, and the rewards-and-penalties list as CSV and XLSX.
 */
package tw.yankao.tracking.evaluation.web;
