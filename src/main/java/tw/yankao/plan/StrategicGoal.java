package tw.yankao.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A strategic goal (策略績效目標) with its indicators in order.
 *
 * @param code as numbered in the text, e.g. {@code 一}; null when unnumbered
 * @param name the name, null when the table gives none
 * @param weight percent (0–100) as printed: only the business share, so the goals of a plan
 *     need not add up to 100; null when absent
 * @param narrative text that explains the goal, null when there is none (imports give none)
 * @param indicators the indicators in order
 */
public record StrategicGoal(String code, String name, BigDecimal weight, String narrative, List<Indicator> indicators) {

	public StrategicGoal {
		indicators = List.copyOf(indicators);
	}

}
