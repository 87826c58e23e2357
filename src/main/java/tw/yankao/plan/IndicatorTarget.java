package tw.yankao.plan;

import java.math.BigDecimal;

/**
 * An indicator's target (目標值) as written and as read.
 *
 * @param text exactly as written, null when none was
 * @param value the number (萬 applied, separators removed), null when unreadable
 * @param unit what is counted ({@code %}, {@code 次} …), empty when none is written, null when unknown
 */
public record IndicatorTarget(String text, BigDecimal value, String unit) {
}
