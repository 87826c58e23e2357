package tw.yankao.plan;

import java.util.Map;

/**
 * One row of a plan as the review shows and compares it: an objective, strategic goal, indicator,
 * programme item or budget line, with its fields as text.
 *
 * @param anchor a key that stays the same across versions while the row keeps its name, e.g.
 *     {@code goal:一/indicator:本府標案管考執行率}; what comments attach to
 * @param section what kind of row it is
 * @param label what to call the row on screen (its name)
 * @param fields field name → value as text (null when empty), in display order
 */
public record PlanRow(String anchor, Section section, String label, Map<String, String> fields) {

	/** The anchor of a comment on the plan as a whole. */
	public static final String WHOLE_PLAN = "plan";

	public PlanRow {
		fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
	}

	public enum Section {
		OBJECTIVE, GOAL, INDICATOR, PROGRAMME_ITEM, BUDGET_LINE
	}

}
