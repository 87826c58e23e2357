package tw.yankao.tracking.meetings;

import java.time.YearMonth;
import java.util.List;

import tw.yankao.tracking.ExecutionRate;

/**
 * What an agency's own control meeting reviews for a month.
 *
 * @param agencyName the agency's Chinese name
 * @param rate the execution rate of the agency and the units below it, null when nothing was tracked
 * @param behind items behind or seriously behind (or without a report), the seriously behind first
 */
public record AgencyPack(String agencyName, YearMonth month, ExecutionRate rate, List<LaggingItem> behind) {
}
