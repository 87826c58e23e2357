package tw.yankao.petition.calls;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The calls of a day, month or hour of day.
 *
 * <p>Definitions (the seed states only the 85 % target; these are assumed): every call that
 * entered a queue is offered, short abandons included; a call is answered in time when answered
 * at most the profile's seconds after it started (exactly 20 s counts); the answer-in-time rate is
 * answered in time / offered, and the abandon rate abandoned / offered.
 *
 * @param offered calls that entered a queue
 * @param answered calls an agent answered
 * @param answeredInTime calls answered within the profile's seconds
 * @param abandoned calls whose caller hung up before an answer
 */
public record CallCounts(long offered, long answered, long answeredInTime, long abandoned) {

	public static final CallCounts NONE = new CallCounts(0, 0, 0, 0);

	/** Percent of offered calls answered in time, one decimal; null when none were offered. */
	public BigDecimal answeredInTimePercent() {
		return percent(answeredInTime);
	}

	/** Percent of offered calls abandoned, one decimal; null when none were offered. */
	public BigDecimal abandonPercent() {
		return percent(abandoned);
	}

	private BigDecimal percent(long part) {
		if (offered == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(offered), 1, RoundingMode.HALF_UP);
	}

}
