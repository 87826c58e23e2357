package tw.yankao.plan;

import java.util.List;

/**
 * The difference between two versions of a plan, row by row in the order of the newer one, rows
 * that were removed where they stood.
 *
 * @param planId the plan
 * @param from the older version's number
 * @param to the newer version's number
 * @param rows every row of either version
 */
public record PlanDiff(AnnualPlanId planId, int from, int to, List<Row> rows) {

	public PlanDiff {
		rows = List.copyOf(rows);
	}

	/** Whether any row differs. */
	public boolean hasChanges() {
		return rows.stream().anyMatch(row -> row.change() != Change.UNCHANGED);
	}

	public enum Change {
		ADDED, REMOVED, CHANGED, UNCHANGED
	}

	/**
	 * One row in both versions.
	 *
	 * @param anchor the row's anchor
	 * @param section its kind
	 * @param label its name (the newer one when both exist)
	 * @param change what happened to it
	 * @param fields each field before and after
	 */
	public record Row(String anchor, PlanRow.Section section, String label, Change change, List<Field> fields) {

		public Row {
			fields = List.copyOf(fields);
		}

	}

	/**
	 * One field of a row: its value in each version, null when empty or when the row is absent.
	 */
	public record Field(String name, String before, String after, boolean changed) {
	}

}
