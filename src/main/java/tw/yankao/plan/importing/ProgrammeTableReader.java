package tw.yankao.plan.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tw.yankao.plan.importing.ImportedPlan.BudgetLine;
import tw.yankao.plan.importing.ImportedPlan.Programme;
import tw.yankao.plan.importing.ImportedPlan.ProgrammeItem;

/**
 * Reads programme tables: work plan (工作計畫, only in the first row of its items), programme
 * item, implementation content and, in a budget alignment table, the amount (經費) and a note
 * (備註, kept at the end of the content). Columns are found by their header; a table without
 * header is read as work plan, item, content.
 */
final class ProgrammeTableReader {

	private final List<String> workPlans = new ArrayList<>();
	private final List<List<ProgrammeItem>> items = new ArrayList<>();
	private final List<BudgetLine> budget = new ArrayList<>();

	/** Reads the data rows of the table; returns the rows it could not read. */
	List<Row> read(Table table) {
		Columns columns = Columns.of(table);
		List<Row> unread = new ArrayList<>();
		if (columns == null) {
			unread.addAll(table.data());
			return unread;
		}
		startWorkPlan(null);
		for (Row row : table.data()) {
			if (!read(row, columns)) {
				unread.add(row);
			}
		}
		return unread;
	}

	private boolean read(Row row, Columns columns) {
		String workPlan = columns.workPlan < 0 ? "" : row.cell(columns.workPlan);
		String itemCell = Numbering.withoutEnumerator(row.cell(columns.item));
		// an item cell may list its sub-items: (1) …, (2) …; they belong to the content
		int subItems = Numbering.nestedListStart(itemCell);
		String name = subItems < 0 ? itemCell : itemCell.substring(0, subItems).strip();
		String content = columns.content < 0 ? "" : row.cell(columns.content);
		if (subItems >= 0) {
			content = (itemCell.substring(subItems).strip() + " " + content).strip();
		}
		if (name.isEmpty() && content.isEmpty()) {
			return false;
		}
		if (!workPlan.isEmpty()) {
			startWorkPlan(Numbering.withoutEnumerator(workPlan));
		}
		String note = columns.note < 0 ? "" : row.cell(columns.note);
		if (!note.isEmpty()) {
			content = content + " 備註：" + note;
		}
		BigDecimal amount = null;
		if (columns.amount >= 0 && !row.cell(columns.amount).isEmpty()) {
			amount = Numbering.amount(row.cell(columns.amount));
			budget.add(new BudgetLine(workPlans.get(workPlans.size() - 1), name, amount));
		}
		items.get(items.size() - 1).add(new ProgrammeItem(name, content.isEmpty() ? null : content, amount));
		return true;
	}

	private void startWorkPlan(String name) {
		// a table continuing on the next page starts without a work plan: keep the last one
		if (name == null && !workPlans.isEmpty()) {
			return;
		}
		if (!items.isEmpty() && items.get(items.size() - 1).isEmpty()) {
			workPlans.set(workPlans.size() - 1, name);
			return;
		}
		workPlans.add(name);
		items.add(new ArrayList<>());
	}

	List<Programme> programmes() {
		List<Programme> programmes = new ArrayList<>();
		for (int i = 0; i < workPlans.size(); i++) {
			if (!items.get(i).isEmpty()) {
				programmes.add(new Programme(workPlans.get(i), List.copyOf(items.get(i))));
			}
		}
		return programmes;
	}

	List<BudgetLine> budget() {
		return List.copyOf(budget);
	}

	/** Column positions, -1 where the table has none. */
	private record Columns(int workPlan, int item, int content, int amount, int note) {

		static Columns of(Table table) {
			if (table.header().isEmpty()) {
				boolean threeCells = table.data().stream().allMatch(r -> r.cells().size() == 3);
				return threeCells ? new Columns(0, 1, 2, -1, -1) : null;
			}
			int workPlan = table.column(List.of("工作計畫"), -1);
			int item = table.column(List.of("項目", "計畫名稱", "計畫"), workPlan);
			int content = table.column(List.of("內容"), -1);
			if (item < 0 && content < 0) {
				return null;
			}
			return new Columns(workPlan, item < 0 ? content : item, item < 0 ? -1 : content,
					table.column(List.of("經費", "預算", "金額"), -1), table.column(List.of("備註"), -1));
		}

	}

}
