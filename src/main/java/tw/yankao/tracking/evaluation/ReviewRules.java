package tw.yankao.tracking.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;

/**
 * What a reviewer's entry must hold: a value from 0 to 100 with at most two decimals for every
 * reviewer part of the item and for no other part, and a comment. Fields are named
 * {@code values.<part code>} and {@code comment}.
 */
final class ReviewRules {

	static final int COMMENT_MAX = 2000;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	void check(ItemEvaluation evaluation, ReviewEntry entry) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, BigDecimal> values = entry.values() == null ? Map.of() : entry.values();
		Set<String> reviewerParts = evaluation.parts().stream().filter(PartScore::isReviewerPart)
			.map(PartScore::code).collect(Collectors.toSet());
		for (String code : values.keySet()) {
			if (!reviewerParts.contains(code)) {
				errors.add(new FieldError("values." + code, "evaluation.part.unknown", code));
			}
		}
		for (PartScore part : evaluation.parts()) {
			if (!part.isReviewerPart()) {
				continue;
			}
			BigDecimal value = values.get(part.code());
			String field = "values." + part.code();
			if (value == null) {
				errors.add(new FieldError(field, "evaluation.part.required"));
			}
			else if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
				errors.add(new FieldError(field, "evaluation.part.range", value.toPlainString()));
			}
			else if (value.stripTrailingZeros().scale() > 2) {
				errors.add(new FieldError(field, "evaluation.part.decimals", value.toPlainString()));
			}
		}
		if (entry.comment() == null || entry.comment().isBlank()) {
			errors.add(new FieldError("comment", "evaluation.comment.required"));
		}
		else if (entry.comment().strip().length() > COMMENT_MAX) {
			errors.add(new FieldError("comment", "evaluation.comment.too-long", COMMENT_MAX));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

}
