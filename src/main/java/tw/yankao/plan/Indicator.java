package tw.yankao.plan;

import java.math.BigDecimal;

/**
 * An indicator (衡量指標) of a strategic goal.
 *
 * @param name the name, never null
 * @param weight percent (0–100) as printed, null when the plan gives none
 * @param evaluationScheme 評估體制 code 1–5, null when the table has none
 * @param evaluationMethod 評估方式, e.g. {@code 統計數據}, null when absent
 * @param formula 衡量標準 as written, null when absent
 * @param target the target, never null (its parts may be)
 * @param direction which way is better, null when the target is unreadable
 * @param dataSource where the actual values come from, never null
 */
public record Indicator(String name, BigDecimal weight, Integer evaluationScheme, String evaluationMethod,
		String formula, IndicatorTarget target, Direction direction, DataSource dataSource) {

	public Indicator {
		dataSource = dataSource == null ? DataSource.MANUAL : dataSource;
	}

	/** An indicator whose values are entered by hand, as every imported one is. */
	public Indicator(String name, BigDecimal weight, Integer evaluationScheme, String evaluationMethod, String formula,
			IndicatorTarget target, Direction direction) {
		this(name, weight, evaluationScheme, evaluationMethod, formula, target, direction, DataSource.MANUAL);
	}

}
