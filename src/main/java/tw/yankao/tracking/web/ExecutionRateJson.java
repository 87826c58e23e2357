package tw.yankao.tracking.web;

import java.math.BigDecimal;

import tw.yankao.tracking.ExecutionRate;

/**
 * One agency's execution rate in the API.
 *
 * @param agencyCode the agency's code
 * @param tracked items still tracked in the month
 * @param ahead items ahead of plan
 * @param onSchedule items on schedule
 * @param behind items behind plan, or without a report for the month
 * @param seriouslyBehind items seriously behind
 * @param executionRate (ahead + onSchedule) / tracked, a ratio 0–1 with four decimals
 * @param underLine whether the rate is under the city profile's line (Taichung: 90 %)
 */
record ExecutionRateJson(String agencyCode, long tracked, long ahead, long onSchedule, long behind, long seriouslyBehind,
		BigDecimal executionRate, boolean underLine) {

	static ExecutionRateJson of(String agencyCode, ExecutionRate rate, BigDecimal linePercent) {
		return new ExecutionRateJson(agencyCode, rate.tracked(), rate.ahead(), rate.onSchedule(), rate.behind(),
				rate.seriouslyBehind(), rate.rate(), rate.isUnder(linePercent));
	}

}
