/**
 * The datasets of the catalogue, each with its metadata and the source of its rows in another
 * module's public API.
 */
package tw.yankao.opendata.datasets;
