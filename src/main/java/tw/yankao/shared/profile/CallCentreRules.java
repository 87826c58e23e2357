package tw.yankao.shared.profile;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Service levels of the 1999 call centre.
 *
 * @param answerWithinSeconds seconds: a call counts as answered in time when answered within this
 * @param answeredInTimeTargetPercent percent (0–100) of calls to answer in time
 */
public record CallCentreRules(
		@NotNull @Min(1) @Max(600) Integer answerWithinSeconds,
		@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal answeredInTimeTargetPercent) {
}
