package tw.yankao.tracking.meetings;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import tw.yankao.tracking.ExecutionRate;

/**
 * What the city control meeting reviews for a month, before it is laid out.
 *
 * @param cityName the city government's name, for the title
 * @param month the month reviewed
 * @param linePercent percent 0–100: agencies under it report (profile {@code tracking.executionRateLinePercent})
 * @param rates every agency with items tracked in the month, in any order
 * @param agencyNames Chinese names by agency id
 * @param seriouslyBehind the month's seriously-behind items
 * @param history recent months of those items, by item, oldest first
 * @param coordination items whose month's report asks for city-level coordination
 */
public record CityPack(String cityName, YearMonth month, BigDecimal linePercent, List<ExecutionRate> rates,
		Map<Long, String> agencyNames, List<LaggingItem> seriouslyBehind, Map<Long, List<MonthProgress>> history,
		List<LaggingItem> coordination) {
}
