package tw.yankao.tracking.meetings;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of an item's recent history: planned and actual cumulative percent 0–100 and the lag in points. */
public record MonthProgress(long itemId, YearMonth month, BigDecimal planned, BigDecimal actual, BigDecimal lag) {
}
