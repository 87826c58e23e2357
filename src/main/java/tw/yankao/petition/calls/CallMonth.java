package tw.yankao.petition.calls;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A month of the 1999 line's service levels.
 *
 * @param month the month
 * @param answerWithinSeconds the profile's seconds for "answered in time"
 * @param targetPercent the profile's target answer-in-time rate
 * @param total the month's calls
 * @param days every day of the month, in order, days without calls as zeros
 * @param hours the 24 hours of the day (0–23), summed over the month's days
 */
public record CallMonth(YearMonth month, int answerWithinSeconds, BigDecimal targetPercent, CallCounts total,
		List<Day> days, List<Hour> hours) {

	/** One day's calls. */
	public record Day(LocalDate day, CallCounts counts) {
	}

	/** The calls that started in one hour of the day ({@code hour} 0–23). */
	public record Hour(int hour, CallCounts counts) {
	}

	/** Whether the month's answer-in-time rate reaches the target; false for a month without calls. */
	public boolean meetsTarget() {
		BigDecimal rate = total.answeredInTimePercent();
		return rate != null && rate.compareTo(targetPercent) >= 0;
	}

}
