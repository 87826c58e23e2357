/** Storage of tracked items, their progress reports and the execution-rate aggregation. */
package tw.yankao.tracking.internal;
