package tw.yankao.tracking.web;

import java.math.BigDecimal;
import java.time.YearMonth;

import tw.yankao.tracking.LagClass;

/**
 * One month of an item's page: the plan beside what was reported, for the chart and its table.
 *
 * @param month the month
 * @param planned planned cumulative progress, percent 0–100
 * @param actual reported cumulative progress, percent 0–100, null when not reported
 * @param lagPoints actual − planned in percentage points, null when not reported
 * @param lagClass the reported lag's class, null when not reported
 * @param late whether the report came after the deadline
 * @param missing whether the report is due and missing
 * @param allocation the month's budget allocation, NT$, null when none
 * @param plannedSpending the allocations up to the month summed, NT$, null when the item has no allocation
 * @param actualSpending the reported spending so far, NT$, null when not reported
 */
record ProgressMonth(YearMonth month, BigDecimal planned, BigDecimal actual, BigDecimal lagPoints, LagClass lagClass,
		boolean late, boolean missing, BigDecimal allocation, BigDecimal plannedSpending, BigDecimal actualSpending) {
}
