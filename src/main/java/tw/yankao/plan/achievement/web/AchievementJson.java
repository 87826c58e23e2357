package tw.yankao.plan.achievement.web;

import java.math.BigDecimal;
import java.time.Instant;

import tw.yankao.plan.achievement.AchievementReport;

/**
 * An achievement report in the JSON API.
 *
 * @param period {@code 107}, {@code 107-H1} or {@code 107-Q3}
 * @param actual in the target's unit (percent 0–100 for a % target)
 * @param liveMetric the metric key when the value is live, null when entered by a person
 * @param lineage for a live value, the path listing the records behind it
 * @param version send it back to change the report; a stale one gives 409
 */
record AchievementJson(long id, long indicatorId, String period, BigDecimal actual, BigDecimal numerator,
		BigDecimal denominator, String analysis, String status, String liveMetric, String lineage, String enteredBy,
		Instant enteredAt, Instant submittedAt, String confirmedBy, Instant confirmedAt, int version) {

	static AchievementJson of(AchievementReport r) {
		return new AchievementJson(r.id(), r.indicatorId(), r.period().code(), r.actual(), r.numerator(), r.denominator(),
				r.analysis(), r.status().name(), r.liveMetric(), r.lineage(), r.enteredByName(), r.enteredAt(),
				r.submittedAt(), r.confirmedByName(), r.confirmedAt(), r.version());
	}

}
