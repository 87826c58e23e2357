package tw.yankao.petition.survey;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Satisfaction of one agency's closures in one month (of closure, in the city's zone).
 *
 * @param answers surveys answered
 * @param average mean satisfaction 1–5, two decimals
 * @param satisfiedPercent percent of answers of 4 or 5, one decimal
 */
public record AgencySatisfaction(Long agencyId, YearMonth month, long answers, BigDecimal average,
		BigDecimal satisfiedPercent) {
}
