package tw.yankao.tracking.meetings;

import java.math.BigDecimal;

import tw.yankao.tracking.LagClass;

/**
 * A tracked item as a control meeting reviews it: its report of the month, if any.
 *
 * @param itemId the tracked item
 * @param agencyName the owner agency's Chinese name
 * @param lagClass the month's class, null when the agency did not report (counted as behind)
 * @param planned planned cumulative progress, percent 0–100, null without a report
 * @param actual actual cumulative progress, percent 0–100, null without a report
 * @param lag actual − planned, percentage points, null without a report
 * @param problems what holds it up, null if nothing was written
 * @param countermeasures what the agency does about it (因應對策), null if nothing was written
 */
public record LaggingItem(long itemId, String number, String title, String agencyName, LagClass lagClass,
		BigDecimal planned, BigDecimal actual, BigDecimal lag, String problems, String countermeasures) {
}
