package tw.yankao.plan.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tw.yankao.plan.Indicator;
import tw.yankao.plan.PlanContent;
import tw.yankao.plan.PlanRow;
import tw.yankao.plan.PlanRow.Section;
import tw.yankao.plan.Programme;
import tw.yankao.plan.StrategicGoal;

/**
 * A plan's content as the rows the review shows, compares and comments on. Anchors use names, not
 * positions, so that inserting a row does not make every row after it look changed; a name that
 * occurs twice gets {@code ~2}, {@code ~3} … so that anchors stay unique.
 */
public final class PlanRows {

	private final List<PlanRow> rows = new ArrayList<>();
	private final Map<String, Integer> seen = new HashMap<>();

	private PlanRows() {
	}

	public static List<PlanRow> of(PlanContent content) {
		PlanRows rows = new PlanRows();
		content.objectives().forEach(rows::objective);
		int goalPosition = 0;
		for (StrategicGoal goal : content.goals()) {
			rows.goal(goal, ++goalPosition);
		}
		int workPlanPosition = 0;
		for (Programme programme : content.programmes()) {
			rows.programme(programme, ++workPlanPosition);
		}
		int budgetPosition = 0;
		for (PlanContent.BudgetLine line : content.budget()) {
			rows.budgetLine(line, ++budgetPosition);
		}
		return List.copyOf(rows.rows);
	}

	private void objective(String text) {
		String title = text.lines().findFirst().orElse("").strip();
		add("objective:" + title, Section.OBJECTIVE, title, fields("text", text));
	}

	private void goal(StrategicGoal goal, int position) {
		String goalKey = "goal:" + firstOf(goal.code(), goal.name(), String.valueOf(position));
		String goalAnchor = add(goalKey, Section.GOAL, firstOf(goal.name(), goal.code(), goalKey),
				fields("code", goal.code(), "name", goal.name(), "weight", number(goal.weight()), "narrative",
						goal.narrative()));
		for (Indicator indicator : goal.indicators()) {
			add(goalAnchor + "/indicator:" + indicator.name(), Section.INDICATOR, indicator.name(),
					fields("name", indicator.name(), "weight", number(indicator.weight()), "evaluationScheme",
							indicator.evaluationScheme() == null ? null : indicator.evaluationScheme().toString(),
							"evaluationMethod", indicator.evaluationMethod(), "formula", indicator.formula(),
							"target", indicator.target().text(), "direction",
							indicator.direction() == null ? null : indicator.direction().name()));
		}
	}

	private void programme(Programme programme, int position) {
		String workPlanKey = "programme:" + firstOf(programme.workPlan(), String.valueOf(position));
		int itemPosition = 0;
		for (Programme.Item item : programme.items()) {
			itemPosition++;
			String name = firstOf(item.name(), String.valueOf(itemPosition));
			add(workPlanKey + "/item:" + name, Section.PROGRAMME_ITEM, name,
					fields("workPlan", programme.workPlan(), "name", item.name(), "content", item.content(), "budget",
							number(item.budgetThousand())));
		}
	}

	private void budgetLine(PlanContent.BudgetLine line, int position) {
		String name = firstOf(line.item(), line.category(), String.valueOf(position));
		add("budget:" + firstOf(line.category(), "") + "/" + name, Section.BUDGET_LINE, name,
				fields("category", line.category(), "item", line.item(), "amount", number(line.amountThousand())));
	}

	private String add(String key, Section section, String label, Map<String, String> fields) {
		int count = seen.merge(key, 1, Integer::sum);
		String anchor = count == 1 ? key : key + "~" + count;
		rows.add(new PlanRow(anchor, section, label, fields));
		return anchor;
	}

	private static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	private static String number(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	private static String firstOf(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return "";
	}

}
