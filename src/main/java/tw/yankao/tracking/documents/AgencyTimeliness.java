package tw.yankao.tracking.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * One agency's documents received in a month.
 *
 * @param rank the agency's place in the city's ranking of the month, 1 = highest overdue ratio; 0 before ranking
 * @param agencyId the agency (org module id)
 * @param received documents received
 * @param closed of them closed
 * @param overdue of them closed after the due date, or still open past it
 * @param closedOnTime of them closed by the due date (依限辦結)
 * @param totalDaysToClose calendar days from receipt to closure, summed over the closed ones
 * @param overdueByCategory overdue and received counts per category code of the profile
 * @param reportsFixes whether the overdue ratio is above the profile's line, so the agency reports its fixes
 */
public record AgencyTimeliness(int rank, long agencyId, int received, int closed, int overdue, int closedOnTime,
		long totalDaysToClose, Map<String, CategoryCount> overdueByCategory, boolean reportsFixes) {

	/** @param received documents of the category received; @param overdue of them overdue */
	public record CategoryCount(int received, int overdue) {

		/** Percent, two decimals; null when nothing was received. */
		public BigDecimal overduePercent() {
			return percent(overdue, received);
		}

	}

	AgencyTimeliness ranked(int place) {
		return new AgencyTimeliness(place, agencyId, received, closed, overdue, closedOnTime, totalDaysToClose,
				overdueByCategory, reportsFixes);
	}

	/** Overdue documents per 100 received, two decimals: what the ranking orders by. */
	public BigDecimal overduePercent() {
		return percent(overdue, received);
	}

	/** Documents closed on time per 100 closed, two decimals; null when none was closed. */
	public BigDecimal onTimeClosurePercent() {
		return percent(closedOnTime, closed);
	}

	/** Average calendar days from receipt to closure, one decimal; null when none was closed. */
	public BigDecimal averageDaysToClose() {
		return closed == 0 ? null : BigDecimal.valueOf(totalDaysToClose).divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP);
	}

	static BigDecimal percent(int part, int whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

}
