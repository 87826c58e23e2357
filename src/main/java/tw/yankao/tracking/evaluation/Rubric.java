package tw.yankao.tracking.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import tw.yankao.shared.profile.EvaluationRules;
import tw.yankao.shared.profile.EvaluationRules.Grade;
import tw.yankao.shared.profile.EvaluationRules.Part;
import tw.yankao.tracking.TrackedItemType;

/**
 * The city's rubric: which parts an item type is scored on, the score as the weighted mean of
 * the parts, and the grade of a score.
 */
public final class Rubric {

	private final EvaluationRules rules;

	public Rubric(EvaluationRules rules) {
		// the profile cannot know tracking's item types: a misspelt override is caught here, at start-up
		for (String type : rules.rubricByType().keySet()) {
			if (Arrays.stream(TrackedItemType.values()).noneMatch(t -> t.name().equals(type))) {
				throw new IllegalStateException("tracking.evaluation.rubricByType." + type + ": not an item type; known: "
						+ Arrays.toString(TrackedItemType.values()));
			}
		}
		this.rules = rules;
	}

	/** The parts an item of the type is scored on, in the profile's order. */
	public List<Part> parts(TrackedItemType type) {
		return rules.rubricByType().getOrDefault(type.name(), rules.rubric());
	}

	/** The part's name in the rubric of any type, e.g. 進度達成, or the code when no rubric has it. */
	public String partName(String code, boolean english) {
		return allParts().filter(p -> p.code().equals(code)).findFirst()
			.map(p -> english ? p.nameEn() : p.nameZh()).orElse(code);
	}

	/**
	 * The weighted mean (two decimals, half up) of the parts that apply; a part that does not
	 * apply is left out and the others' weights carry the score. Empty while a reviewer part has
	 * no value, or when no part applies.
	 */
	public Optional<BigDecimal> score(List<PartScore> parts) {
		if (parts.stream().anyMatch(p -> p.isReviewerPart() && p.value() == null)) {
			return Optional.empty();
		}
		BigDecimal weights = BigDecimal.ZERO;
		BigDecimal sum = BigDecimal.ZERO;
		for (PartScore part : parts) {
			if (part.value() != null) {
				weights = weights.add(part.weight());
				sum = sum.add(part.weight().multiply(part.value()));
			}
		}
		return weights.signum() == 0 ? Optional.empty() : Optional.of(sum.divide(weights, 2, RoundingMode.HALF_UP));
	}

	/** The best grade whose minimum the score reaches. */
	public Grade grade(BigDecimal score) {
		return rules.grades().stream().filter(g -> score.compareTo(g.minScore()) >= 0).findFirst()
			.orElse(rules.grades().get(rules.grades().size() - 1));
	}

	/** The grade of the code, empty for an unknown code (a grade the profile no longer has). */
	public Optional<Grade> gradeOf(String code) {
		return rules.grades().stream().filter(g -> g.code().equals(code)).findFirst();
	}

	public List<Grade> grades() {
		return rules.grades();
	}

	private Stream<Part> allParts() {
		return Stream.concat(rules.rubric().stream(),
				rules.rubricByType().values().stream().flatMap(List::stream));
	}

}
