package tw.yankao.plan;

import java.math.BigDecimal;

/**
 * A metric's value for one agency and period.
 *
 * @param value the value in the definition's unit (percent 0–100 when the unit is {@code %}), never null
 * @param numerator for a share, the count above the line; null when the metric is not a share
 * @param denominator for a share, the count below the line (never 0); null when not a share
 * @param lineage a path within the application (e.g. {@code /plans/lineage/on-time?agency=3&period=107})
 *     that lists the records the value was computed from, so that anyone can check it; never null
 */
public record MetricValue(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String lineage) {

	public MetricValue {
		if (value == null || lineage == null) {
			throw new IllegalArgumentException("a metric value needs a value and a lineage");
		}
		if (denominator != null && denominator.signum() == 0) {
			throw new IllegalArgumentException("a share cannot have a denominator of 0");
		}
	}

}
