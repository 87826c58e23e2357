package tw.yankao.tracking;

import java.time.YearMonth;

/**
 * A line of the item list: the item and its lag in the month asked for (or its latest report).
 *
 * @param lagMonth the month of the report shown, null when there is none
 * @param lagClass that report's lag class, null when there is none
 */
public record TrackedItemSummary(long id, TrackedItemType type, String number, String title, long ownerAgencyId,
		TrackedItemStatus status, YearMonth lagMonth, LagClass lagClass) {
}
