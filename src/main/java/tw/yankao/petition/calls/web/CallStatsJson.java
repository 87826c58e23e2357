package tw.yankao.petition.calls.web;

import java.math.BigDecimal;
import java.util.List;

import tw.yankao.petition.calls.CallCounts;
import tw.yankao.petition.calls.CallMonth;

/**
 * A month of 1999 service levels as JSON. Rates are percentages with one decimal, null without calls.
 *
 * @param month YYYY-MM
 * @param answerWithinSeconds seconds within which an answer counts as in time (exactly N counts)
 * @param targetPercent the city's target answer-in-time rate
 * @param meetsTarget whether the month's rate reaches the target
 */
record CallStatsJson(String month, int answerWithinSeconds, BigDecimal targetPercent, boolean meetsTarget,
		Counts total, List<Day> days, List<Hour> hours) {

	record Counts(long offered, long answered, long answeredInTime, long abandoned, BigDecimal answeredInTimePercent,
			BigDecimal abandonPercent) {

		static Counts of(CallCounts c) {
			return new Counts(c.offered(), c.answered(), c.answeredInTime(), c.abandoned(), c.answeredInTimePercent(),
					c.abandonPercent());
		}

	}

	/** @param date YYYY-MM-DD */
	record Day(String date, Counts counts) {
	}

	/** @param hour 0–23, the hour of day the calls started in */
	record Hour(int hour, Counts counts) {
	}

	static CallStatsJson of(CallMonth m) {
		return new CallStatsJson(m.month().toString(), m.answerWithinSeconds(), m.targetPercent(), m.meetsTarget(),
				Counts.of(m.total()),
				m.days().stream().map(d -> new Day(d.day().toString(), Counts.of(d.counts()))).toList(),
				m.hours().stream().map(h -> new Hour(h.hour(), Counts.of(h.counts()))).toList());
	}

}
