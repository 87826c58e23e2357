package tw.yankao.tracking.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A reviewer's scores of an item's reviewer parts.
 *
 * @param version the evaluation's version as read
 * @param values score 0–100 per reviewer part code; every reviewer part of the item is required
 * @param comment the reviewer's comment, required
 */
public record ReviewEntry(Integer version, Map<String, BigDecimal> values, String comment) {
}
