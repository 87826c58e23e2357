package tw.yankao.plan.web;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the editor page shows besides the plan: after a refused save, the form that was refused
 * ({@code failed}, e.g. {@code goal-2}) is filled with what the user typed and its errors, while
 * every other form shows the stored plan.
 *
 * @param view the plan
 * @param failed the key of the refused form, null when none was
 * @param submitted the refused form's fields as posted
 * @param errors the refused form's errors by field ({@code weight}, {@code amounts[2]}), in the user's language
 * @param saved the key of the form just saved, null when none was
 */
public record EditorPage(PlanView view, String failed, Map<String, String[]> submitted, Map<String, String> errors,
		String saved) {

	static EditorPage of(PlanView view, String saved) {
		return new EditorPage(view, null, Map.of(), Map.of(), saved);
	}

	public int version() {
		return view.plan().summary().version();
	}

	/** The field's value: as typed when its form was refused, else the stored one. */
	public String value(String form, String field, Object stored) {
		if (form.equals(failed)) {
			String[] values = submitted.get(field);
			return values == null || values.length == 0 ? "" : values[0];
		}
		return text(stored);
	}

	/** The value of row {@code row} of a field posted once per row. */
	public String row(String form, String field, int row, Object stored) {
		if (form.equals(failed)) {
			String[] values = submitted.get(field);
			return values == null || row >= values.length ? "" : values[row];
		}
		return text(stored);
	}

	/** How many rows a table form shows: those posted when refused, else the stored ones and a blank one to add. */
	public int rows(String form, String field, int stored) {
		if (form.equals(failed)) {
			String[] values = submitted.get(field);
			return values == null ? 1 : values.length;
		}
		return stored + 1;
	}

	public String error(String form, String field) {
		return form.equals(failed) ? errors.get(field) : null;
	}

	public boolean hasErrors(String form) {
		return form.equals(failed) && !errors.isEmpty();
	}

	private static String text(Object stored) {
		if (stored == null) {
			return "";
		}
		return stored instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : stored.toString();
	}

}
