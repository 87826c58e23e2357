/**
 * Monthly releases of the datasets: building the rows, checking them, storing the files in the
 * three formats, and publishing.
 */
package tw.yankao.opendata.release;
