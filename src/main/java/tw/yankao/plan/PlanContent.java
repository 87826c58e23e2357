package tw.yankao.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an annual plan holds, in the order of its text. Lists are never null.
 *
 * @param objectives the policy objectives (施政目標), each its title on the first line and the
 *     explanation on the following ones
 * @param goals the strategic goals with their indicators
 * @param programmes the programmes by work plan
 * @param budget the lines of the budget alignment table
 * @param priorYear the prior-year review, one entry per indicator
 * @param unrecognised the blocks of the imported text no reader understood, kept so that nothing is lost
 */
public record PlanContent(List<String> objectives, List<StrategicGoal> goals, List<Programme> programmes,
		List<BudgetLine> budget, List<PriorYearReview> priorYear, List<UnrecognisedBlock> unrecognised) {

	public PlanContent {
		objectives = List.copyOf(objectives);
		goals = List.copyOf(goals);
		programmes = List.copyOf(programmes);
		budget = List.copyOf(budget);
		priorYear = List.copyOf(priorYear);
		unrecognised = List.copyOf(unrecognised);
	}

	/**
	 * A line of the budget alignment table (預算配合對照表).
	 *
	 * @param category the work plan when there is one, else null
	 * @param item the item, null when absent
	 * @param amountThousand NT$ thousand, null when the cell holds no number
	 * @param source 經費來源, null when absent
	 * @param notes 備註, null when absent
	 */
	public record BudgetLine(String category, String item, BigDecimal amountThousand, String source, String notes) {

		public BudgetLine(String category, String item, BigDecimal amountThousand) {
			this(category, item, amountThousand, null, null);
		}

	}

	/**
	 * The prior-year target and achievement analysis (達成情形分析) of one indicator.
	 *
	 * @param reviewedRocYear the ROC year reviewed, null when unknown
	 * @param goal the strategic goal's name as the review table gives it, null when absent
	 * @param indicator the indicator's name
	 * @param target the prior year's target
	 * @param analysis the analysis, null when absent
	 */
	public record PriorYearReview(Integer reviewedRocYear, String goal, String indicator, IndicatorTarget target,
			String analysis) {
	}

	/** Lines of the imported text no reader understood: 1-based, inclusive. */
	public record UnrecognisedBlock(int fromLine, int toLine, String text) {
	}

}
