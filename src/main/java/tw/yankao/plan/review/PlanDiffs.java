package tw.yankao.plan.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanDiff;
import tw.yankao.plan.PlanDiff.Change;
import tw.yankao.plan.PlanDiff.Field;
import tw.yankao.plan.PlanRow;

/**
 * Compares two versions' rows by anchor. Rows come in the newer version's order; a removed row is
 * placed before the first row that followed it in the older version, so it shows where it stood.
 */
final class PlanDiffs {

	private PlanDiffs() {
	}

	static PlanDiff of(AnnualPlanId id, int from, List<PlanRow> older, int to, List<PlanRow> newer) {
		Map<String, PlanRow> before = byAnchor(older);
		Map<String, PlanRow> after = byAnchor(newer);
		List<PlanDiff.Row> rows = new ArrayList<>();
		int next = 0;
		for (PlanRow row : newer) {
			PlanRow old = before.get(row.anchor());
			if (old != null) {
				int at = older.indexOf(old);
				for (; next < at; next++) {
					removedIfGone(older.get(next), after, rows);
				}
				next = Math.max(next, at + 1);
			}
			rows.add(compare(old, row));
		}
		for (; next < older.size(); next++) {
			removedIfGone(older.get(next), after, rows);
		}
		return new PlanDiff(id, from, to, rows);
	}

	private static void removedIfGone(PlanRow old, Map<String, PlanRow> after, List<PlanDiff.Row> rows) {
		if (!after.containsKey(old.anchor())) {
			rows.add(compare(old, null));
		}
	}

	private static PlanDiff.Row compare(PlanRow old, PlanRow row) {
		PlanRow either = row != null ? row : old;
		Set<String> names = new LinkedHashSet<>(either.fields().keySet());
		if (old != null) {
			names.addAll(old.fields().keySet());
		}
		List<Field> fields = names.stream().map(name -> {
			String before = old == null ? null : old.fields().get(name);
			String after = row == null ? null : row.fields().get(name);
			return new Field(name, before, after, !Objects.equals(before, after));
		}).toList();
		Change change = old == null ? Change.ADDED : row == null ? Change.REMOVED
				: fields.stream().anyMatch(Field::changed) ? Change.CHANGED : Change.UNCHANGED;
		return new PlanDiff.Row(either.anchor(), either.section(), either.label(), change, fields);
	}

	private static Map<String, PlanRow> byAnchor(List<PlanRow> rows) {
		return rows.stream().collect(Collectors.toMap(PlanRow::anchor, Function.identity()));
	}

}
