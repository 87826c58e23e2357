package tw.yankao.plan.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

import tw.yankao.plan.importing.ImportedPlan.BudgetLine;
import tw.yankao.plan.importing.ImportedPlan.Programme;
import tw.yankao.plan.importing.ImportedPlan.ProgrammeItem;

/**
 * Reads programme tables: work plan (工作計畫, only in the first row of its items), programme
 * item, implementation content and, in a budget alignment table, the amount (經費). Any other
 * column (備註 …) is kept at the end of the content after its header. Columns are found by
 * their header; a table without header is read as work plan, item, content. A budget table
 * apart from the programmes (an amount and no content column) gives budget lines and the amounts
 * of the items already read, not the same programmes a second time.
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
		content = (content + otherCells(row, columns)).strip();
		BigDecimal amount = null;
		if (columns.amount >= 0 && !row.cell(columns.amount).isEmpty()) {
			amount = Numbering.amount(row.cell(columns.amount));
			String category = workPlans.get(workPlans.size() - 1);
			budget.add(new BudgetLine(category, name, amount));
			if (amount != null && content.isEmpty() && columns.content < 0 && budgetItemRead(category, name, amount)) {
				return true;
			}
			if (amount == null) {
				// 另案編列 and the like: not a number, but not to be lost either
				content = (content + " " + columns.labels.apply(columns.amount) + "：" + row.cell(columns.amount)).strip();
			}
		}
		items.get(items.size() - 1).add(new ProgrammeItem(name, content.isEmpty() ? null : content, amount));
		return true;
	}

	/**
	 * A budget alignment table apart from the programmes table (no content column) names the
	 * programmes already read: its amount is that item's budget, not another programme.
	 */
	private boolean budgetItemRead(String workPlan, String name, BigDecimal amount) {
		for (int g = 0; g < workPlans.size(); g++) {
			if (!Objects.equals(workPlans.get(g), workPlan)) {
				continue;
			}
			List<ProgrammeItem> group = items.get(g);
			for (int i = 0; i < group.size(); i++) {
				ProgrammeItem item = group.get(i);
				if (item.name().equals(name) && item.budget() == null) {
					group.set(i, new ProgrammeItem(item.name(), item.content(), amount));
					return true;
				}
			}
		}
		return false;
	}

	/** The cells of other columns (備註, 主辦機關 …), each after its header, so none is lost. */
	private static String otherCells(Row row, Columns columns) {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < row.cells().size(); c++) {
			if (!row.cell(c).isEmpty() && !columns.isRead(c)) {
				String label = columns.labels.apply(c);
				text.append(' ').append(label.isEmpty() ? "" : label + "：").append(row.cell(c));
			}
		}
		return text.toString();
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

	/** Column positions, -1 where the table has none, and the header label of each column. */
	private record Columns(int workPlan, int item, int content, int amount, IntFunction<String> labels) {

		boolean isRead(int column) {
			return column == workPlan || column == item || column == content || column == amount;
		}

		static Columns of(Table table) {
			if (table.header().isEmpty()) {
				boolean threeCells = table.data().stream().allMatch(r -> r.cells().size() == 3);
				return threeCells ? new Columns(0, 1, 2, -1, c -> "") : null;
			}
			int workPlan = table.column(List.of("工作計畫"), -1);
			int item = table.column(List.of("項目", "計畫名稱", "計畫"), workPlan);
			int content = table.column(List.of("內容"), -1);
			if (item < 0 && content < 0) {
				return null;
			}
			return new Columns(workPlan, item < 0 ? content : item, item < 0 ? -1 : content,
					table.column(List.of("經費", "預算", "金額"), -1), table::label);
		}

	}

}
