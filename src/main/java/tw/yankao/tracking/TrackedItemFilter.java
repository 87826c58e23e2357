package tw.yankao.tracking;

import java.time.YearMonth;

/**
 * What the item list is narrowed to; a null part matches everything.
 *
 * @param agencyId the owner agency (org module id) or one above it
 * @param type the type
 * @param status the status
 * @param lagClass the lag class in {@code month} (or of the latest report); with a month, an item
 *        without a report for it counts as behind, as in the execution rate
 * @param month items tracked by this month, with their report of the month
 */
public record TrackedItemFilter(Long agencyId, TrackedItemType type, TrackedItemStatus status, LagClass lagClass,
		YearMonth month) {
}
