package tw.yankao.tracking.documents;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The documents received in one month, over the agencies a viewer sees: a point of the trend.
 *
 * @param month the month
 * @param received documents received
 * @param overdue of them overdue
 * @param closed of them closed
 * @param closedOnTime of them closed by the due date
 */
public record MonthTotals(YearMonth month, int received, int overdue, int closed, int closedOnTime) {

	public BigDecimal overduePercent() {
		return AgencyTimeliness.percent(overdue, received);
	}

	public BigDecimal onTimeClosurePercent() {
		return AgencyTimeliness.percent(closedOnTime, closed);
	}

}
