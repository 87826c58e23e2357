package tw.yankao.shared.profile;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How plans' indicators are judged.
 *
 * @param achievementCapPercent percent: the highest achievement rate an indicator counts with, in
 *     its own rate and in weighted scores (100 means over-achievement earns nothing extra)
 * @param achievementReportDueDays calendar days after a reporting period ends by which its
 *     achievement report is due; a report entered later is late
 */
public record PlanRules(
		@NotNull @DecimalMin("100") @DecimalMax("1000") BigDecimal achievementCapPercent,
		@NotNull @Min(0) @Max(366) Integer achievementReportDueDays) {
}
