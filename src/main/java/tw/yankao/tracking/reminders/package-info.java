/**
 * Reminders (稽催) about missing monthly progress reports: which profile rule is due on which day
 * (in working days around the report's due day), the job that sends each reminder exactly once per
 * rule, item and report month even with several instances, and the tracking part of the home inbox.
 */
package tw.yankao.tracking.reminders;
