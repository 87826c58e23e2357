package tw.yankao.plan.editing;

import java.util.List;

/**
 * The forms of the plan editor, as posted: every field as text, so that a value the checks refuse
 * is shown back as typed. Lists of rows are parallel lists, one entry per row.
 */
public final class EditorForms {

	private EditorForms() {
	}

	public record HeaderForm(String title, String vision, String mission) {
	}

	/** The narrative sections; a row with neither title nor text is dropped, a blank last row adds. */
	public record SectionsForm(List<String> titles, List<String> texts) {

		public SectionsForm {
			titles = titles == null ? List.of() : titles;
			texts = texts == null ? List.of() : texts;
		}

	}

	public record ObjectiveForm(String text) {
	}

	public record GoalForm(String code, String name, String weight, String narrative) {
	}

	public record IndicatorForm(String name, String weight, String evaluationScheme, String evaluationMethod,
			String formula, String target, String direction, String dataSource) {
	}

	/** A work plan with its programme items; rows left wholly blank are dropped. */
	public record WorkPlanForm(String workPlan, List<String> itemNames, List<String> itemContents,
			List<String> itemBudgets, List<String> itemRemarks) {

		public WorkPlanForm {
			itemNames = itemNames == null ? List.of() : itemNames;
			itemContents = itemContents == null ? List.of() : itemContents;
			itemBudgets = itemBudgets == null ? List.of() : itemBudgets;
			itemRemarks = itemRemarks == null ? List.of() : itemRemarks;
		}

	}

	/** The budget alignment table; rows left wholly blank are dropped. */
	public record BudgetForm(List<String> categories, List<String> items, List<String> sources, List<String> amounts,
			List<String> notes) {

		public BudgetForm {
			categories = categories == null ? List.of() : categories;
			items = items == null ? List.of() : items;
			sources = sources == null ? List.of() : sources;
			amounts = amounts == null ? List.of() : amounts;
			notes = notes == null ? List.of() : notes;
		}

	}

	/** The i-th entry of a parallel list, empty when the list is shorter. */
	static String cell(List<String> column, int row) {
		return row < column.size() && column.get(row) != null ? column.get(row) : "";
	}

	static boolean blankRow(int row, List<?>... columns) {
		for (List<?> column : columns) {
			if (row < column.size() && column.get(row) != null && !column.get(row).toString().isBlank()) {
				return false;
			}
		}
		return true;
	}

}
