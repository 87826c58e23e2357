package tw.yankao.plan.importing;

import java.math.BigDecimal;
import java.util.List;

import tw.yankao.plan.formula.Target;

/**
 * What an import recognised in a plan text; also the shape of {@code plan import --json}
 * (schema {@code plan/plan-import.schema.json}). Weights are percent (0–100) as printed, which
 * for strategic goals is only the business share (never forced to add up to 100); amounts are
 * as printed, normally NT$ thousand. Texts are cleaned of HTML and bookmarks.
 *
 * @param agency the agency the plan belongs to
 * @param year the ROC year of the plan (107 = 2018), null when the text does not say it
 * @param objectives the policy objectives (施政目標) in order, each its title on the first line
 *     and, on the following lines, the text that explains it (none when the plan gives none)
 * @param goals the strategic goals with their indicators
 * @param programmes the programmes (重要施政計畫) by work plan
 * @param budget the budget lines of a budget alignment table
 * @param priorYear the prior-year review, one entry per indicator
 * @param unrecognised the blocks of the text no reader understood, so nothing is lost
 */
public record ImportedPlan(Agency agency, Integer year, List<String> objectives, List<Goal> goals,
		List<Programme> programmes, List<BudgetLine> budget, List<PriorYearResult> priorYear,
		List<Unrecognised> unrecognised) {

	/**
	 * @param code the code in the agency directory, null unless given with {@code --agency}
	 * @param name the name as the text (or the directory) gives it, null when unknown
	 */
	public record Agency(String code, String name) {
	}

	/** A strategic goal (策略績效目標); {@code code} as numbered in the text, e.g. {@code 一}. */
	public record Goal(String code, String name, BigDecimal weight, List<Indicator> indicators) {
	}

	/**
	 * An indicator (衡量指標).
	 *
	 * @param evaluationScheme 評估體制 code 1–5 as written, null when the table has none
	 * @param evaluationMethod 評估方式, e.g. {@code 統計數據}, null when absent
	 * @param formula 衡量標準 as written
	 * @param direction which way is better, derived from the target; null when unreadable
	 */
	public record Indicator(String name, BigDecimal weight, String evaluationScheme, String evaluationMethod,
			String formula, TargetValue target, Direction direction) {
	}

	/**
	 * A target as written and as read by {@link Target#parse}.
	 *
	 * @param text exactly as written
	 * @param value the number (萬 applied, separators removed), null when unreadable
	 * @param unit what is counted, empty when none is written
	 */
	public record TargetValue(String text, BigDecimal value, String unit) {

		static TargetValue of(Target target) {
			return new TargetValue(target.text(), target.value(), target.unit());
		}

	}

	/** Which way an indicator's actual value is better. */
	public enum Direction {
		HIGHER_IS_BETTER, LOWER_IS_BETTER, MILESTONES;

		static Direction of(Target target) {
			if (!target.isReadable()) {
				return null;
			}
			if (!target.ladder().isEmpty()) {
				return MILESTONES;
			}
			return target.bound() == Target.Bound.AT_MOST ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
		}
	}

	/** The items of one work plan (工作計畫); {@code workPlan} null when the table has no such column. */
	public record Programme(String workPlan, List<ProgrammeItem> items) {
	}

	/** A programme item with its implementation content and, in a budget table, its amount. */
	public record ProgrammeItem(String name, String content, BigDecimal budget) {
	}

	/** A line of a budget alignment table; {@code category} is the work plan when there is one. */
	public record BudgetLine(String category, String item, BigDecimal amount) {
	}

	/**
	 * The prior-year target and achievement analysis of one indicator.
	 *
	 * @param year the ROC year reviewed: from the heading ({@code 上(104)年度}), else the plan's
	 *     year minus one; null when neither is known
	 */
	public record PriorYearResult(Integer year, String goal, String indicator, TargetValue target, String analysis) {
	}

	/** Lines no reader understood: 1-based, inclusive; the text as cleaned. */
	public record Unrecognised(int fromLine, int toLine, String text) {
	}

}
