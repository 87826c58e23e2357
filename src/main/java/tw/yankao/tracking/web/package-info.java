/** Pages and JSON API of tracked items, monthly progress and execution rates, with their access rules. */
package tw.yankao.tracking.web;
