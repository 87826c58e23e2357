package tw.yankao.tracking.evaluation;

import java.math.BigDecimal;

import tw.yankao.shared.profile.EvaluationRules.Source;

/**
 * One scored part of an item's evaluation.
 *
 * @param code the rubric part's code, e.g. {@code PROGRESS}
 * @param source computed or entered by a reviewer
 * @param weight the part's weight, positive, as the rubric stood when the round opened
 * @param value the part's score, 0–100; null when the part does not apply (a computed part with
 *        nothing to measure) or a reviewer has not entered it yet
 */
public record PartScore(String code, Source source, BigDecimal weight, BigDecimal value) {

	public boolean isReviewerPart() {
		return source == Source.REVIEWER;
	}

	PartScore withValue(BigDecimal newValue) {
		return new PartScore(code, source, weight, newValue);
	}

}
