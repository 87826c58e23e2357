package tw.yankao.plan.achievement;

import java.math.BigDecimal;
import java.time.Instant;

import tw.yankao.plan.ReportingPeriod;

/**
 * The achievement (達成情形) of one indicator in one reporting period.
 *
 * @param id the report's id
 * @param indicatorId {@code plan_indicator.id}
 * @param period the reporting period
 * @param actual the actual value in the target's unit (percent 0–100 for a % target); null when not given
 * @param numerator the formula's numerator, null when the formula has none or it was not given
 * @param denominator the formula's denominator (never 0), null likewise
 * @param analysis the analysis text (達成情形分析), null when none
 * @param status draft, submitted or confirmed
 * @param liveMetric the metric key when a bound metric produced the actual; null when a person entered it
 * @param lineage for a live value, the path listing the records behind it; null otherwise
 * @param enteredByName who entered or last changed it (a metric refresh names the metric's key)
 * @param enteredAt when
 * @param submittedAt when it was submitted (or stored by a metric refresh); null while a draft
 * @param confirmedByName the RDEC user who confirmed it, null until confirmed
 * @param confirmedAt when it was confirmed, null until then
 * @param version optimistic-locking version, one more with every change
 */
public record AchievementReport(long id, long indicatorId, ReportingPeriod period, BigDecimal actual,
		BigDecimal numerator, BigDecimal denominator, String analysis, AchievementStatus status, String liveMetric,
		String lineage, String enteredByName, Instant enteredAt, Instant submittedAt, String confirmedByName, Instant confirmedAt,
		int version) {

	public boolean isLive() {
		return liveMetric != null;
	}

}
