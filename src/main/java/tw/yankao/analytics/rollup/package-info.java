/**
 * The daily roll-ups of citizen service cases: kept current after every committed case change,
 * rebuilt whole by {@code analytics rebuild}, read by the monthly report.
 */
package tw.yankao.analytics.rollup;
