package tw.yankao.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An agency's (or the city's) execution rate (執行率) in a month: items ahead of or on schedule
 * over items still tracked. Items without a report for the month count as behind: nothing shows
 * that they kept to the plan.
 *
 * @param agencyId the agency (org module id), null for the whole city
 * @param tracked items still tracked in the month
 * @param ahead items ahead of plan
 * @param onSchedule items on schedule
 * @param behind items behind, or without a report
 * @param seriouslyBehind items seriously behind
 */
public record ExecutionRate(Long agencyId, long tracked, long ahead, long onSchedule, long behind,
		long seriouslyBehind) {

	/** The rate as a ratio 0–1, four decimals; 0 when nothing is tracked. */
	public BigDecimal rate() {
		if (tracked == 0) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.valueOf(ahead + onSchedule).divide(BigDecimal.valueOf(tracked), 4, RoundingMode.HALF_UP);
	}

	/** Whether the rate is under the line, a percent 0–100 (Taichung: 90): the agency reports at the city meeting. */
	public boolean isUnder(BigDecimal linePercent) {
		return tracked > 0 && rate().movePointRight(2).compareTo(linePercent) < 0;
	}

	/** The sum of several agencies' rates, for the whole city. */
	public static ExecutionRate city(java.util.List<ExecutionRate> agencies) {
		return new ExecutionRate(null, agencies.stream().mapToLong(ExecutionRate::tracked).sum(),
				agencies.stream().mapToLong(ExecutionRate::ahead).sum(),
				agencies.stream().mapToLong(ExecutionRate::onSchedule).sum(),
				agencies.stream().mapToLong(ExecutionRate::behind).sum(),
				agencies.stream().mapToLong(ExecutionRate::seriouslyBehind).sum());
	}

}
