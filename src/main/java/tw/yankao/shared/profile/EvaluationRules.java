package tw.yankao.shared.profile;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The year-end evaluation of tracked items (年終考核): the scoring rubric, the grades (等第) and
 * the rewards and penalties (獎懲) each grade brings.
 *
 * @param rubric the parts every item type is scored on, unless {@code rubricByType} names the type
 * @param rubricByType the parts of item types scored otherwise, keyed by the item type's code
 *        (e.g. {@code COUNCIL_RESOLUTION}), possibly empty
 * @param grades the grades, best first, with strictly descending minimum scores; the last one's
 *        minimum is 0 so that every score has a grade
 */
public record EvaluationRules(
		@NotEmpty List<@NotNull @Valid Part> rubric,
		@NotNull Map<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]*") String, @NotEmpty List<@NotNull @Valid Part>> rubricByType,
		@NotEmpty List<@NotNull @Valid Grade> grades) {

	/** The parts that can be computed from tracking data; any other part is entered by reviewers. */
	public static final Set<String> COMPUTABLE = Set.of("PROGRESS", "BUDGET_EXECUTION", "REPORTING_TIMELINESS");

	public EvaluationRules {
		rubric = rubric == null ? null : List.copyOf(rubric);
		rubricByType = rubricByType == null ? null : Map.copyOf(rubricByType);
		grades = grades == null ? null : List.copyOf(grades);
	}

	/** Where a part's score comes from. */
	public enum Source {
		/** filled from tracking data when the round opens */
		COMPUTED,
		/** entered by an RDEC reviewer */
		REVIEWER
	}

	/**
	 * One part of the rubric.
	 *
	 * @param code the part's identifier; a computed part is one of {@link #COMPUTABLE}
	 * @param nameZh e.g. 進度達成
	 * @param nameEn e.g. Progress achievement
	 * @param weight the part's weight, positive; the score is the weighted mean of the parts
	 * @param source computed or entered by reviewers
	 */
	public record Part(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
			@NotBlank String nameZh,
			@NotBlank String nameEn,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal weight,
			@NotNull Source source) {
	}

	/**
	 * A grade (等第).
	 *
	 * @param code e.g. {@code EXCELLENT}
	 * @param nameZh e.g. 優等
	 * @param nameEn e.g. Excellent
	 * @param minScore score 0–100 from which the grade is given
	 * @param actions the rewards or penalties the grade brings to the people responsible, possibly empty
	 */
	public record Grade(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
			@NotBlank String nameZh,
			@NotBlank String nameEn,
			@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal minScore,
			@NotNull List<@NotNull @Valid Action> actions) {

		public Grade {
			actions = actions == null ? null : List.copyOf(actions);
		}

	}

	/** A reward (獎勵) or a penalty (懲處). */
	public enum ActionKind {
		REWARD, PENALTY
	}

	/**
	 * @param kind reward or penalty
	 * @param nameZh e.g. 嘉獎, 記功, 申誡
	 * @param nameEn e.g. Commendation
	 * @param count how many times, e.g. 嘉獎二次 is 2
	 */
	public record Action(
			@NotNull ActionKind kind,
			@NotBlank String nameZh,
			@NotBlank String nameEn,
			@NotNull @Min(1) @Max(10) Integer count) {
	}

	/** Checked by the validator: a grade could never be reached otherwise. */
	@AssertTrue(message = "grade minimum scores must descend strictly, best grade first")
	public boolean isGradesDescending() {
		if (grades == null || grades.stream().anyMatch(g -> g == null || g.minScore() == null)) {
			return true;
		}
		for (int i = 1; i < grades.size(); i++) {
			if (grades.get(i).minScore().compareTo(grades.get(i - 1).minScore()) >= 0) {
				return false;
			}
		}
		return true;
	}

	/** Checked by the validator: a score under every minimum would have no grade. */
	@AssertTrue(message = "the last grade's minimum score must be 0")
	public boolean isLastGradeFromZero() {
		if (grades == null || grades.isEmpty() || grades.get(grades.size() - 1) == null
				|| grades.get(grades.size() - 1).minScore() == null) {
			return true;
		}
		return grades.get(grades.size() - 1).minScore().signum() == 0;
	}

	/** Checked by the validator: two grades with one code would make the rewards list ambiguous. */
	@AssertTrue(message = "grade codes must be unique")
	public boolean isGradeCodesUnique() {
		if (grades == null) {
			return true;
		}
		HashSet<String> codes = new HashSet<>();
		return grades.stream().allMatch(g -> g == null || codes.add(g.code()));
	}

	/** Checked by the validator: a part counted twice would weigh double. */
	@AssertTrue(message = "part codes must be unique within a rubric")
	public boolean isPartCodesUnique() {
		return rubrics().allMatch(parts -> {
			HashSet<String> codes = new HashSet<>();
			return parts.stream().allMatch(p -> p == null || codes.add(p.code()));
		});
	}

	/** Checked by the validator: only these parts have a computation. */
	@AssertTrue(message = "a COMPUTED part must be one of PROGRESS, BUDGET_EXECUTION, REPORTING_TIMELINESS")
	public boolean isComputedPartsKnown() {
		return rubrics().flatMap(List::stream)
			.allMatch(p -> p == null || p.source() != Source.COMPUTED || COMPUTABLE.contains(p.code()));
	}

	private Stream<List<Part>> rubrics() {
		Stream<List<Part>> byType = rubricByType == null ? Stream.empty()
				: rubricByType.values().stream().filter(parts -> parts != null);
		return Stream.concat(rubric == null ? Stream.empty() : Stream.of(rubric), byType);
	}

}
