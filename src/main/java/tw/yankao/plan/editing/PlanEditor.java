package tw.yankao.plan.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.DataSource;
import tw.yankao.plan.Direction;
import tw.yankao.plan.EditablePlan;
import tw.yankao.plan.Indicator;
import tw.yankao.plan.IndicatorTarget;
import tw.yankao.plan.PlanContent;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanNarrative;
import tw.yankao.plan.Programme;
import tw.yankao.plan.StrategicGoal;
import tw.yankao.plan.editing.EditorForms.BudgetForm;
import tw.yankao.plan.editing.EditorForms.GoalForm;
import tw.yankao.plan.editing.EditorForms.HeaderForm;
import tw.yankao.plan.editing.EditorForms.IndicatorForm;
import tw.yankao.plan.editing.EditorForms.ObjectiveForm;
import tw.yankao.plan.editing.EditorForms.SectionsForm;
import tw.yankao.plan.editing.EditorForms.WorkPlanForm;
import tw.yankao.plan.formula.Target;
import tw.yankao.shared.web.NotFound;

import static tw.yankao.plan.editing.EditorForms.blankRow;
import static tw.yankao.plan.editing.EditorForms.cell;

/**
 * The edits of the plan editor. Each reads its form (throwing {@code InvalidInput} naming every
 * bad field before anything is written) and applies one change to the plan through
 * {@link PlanManagement#revise} against the version the user loaded.
 */
@Service
public class PlanEditor {

	private final PlanManagement plans;
	private final EditorAccess access;

	PlanEditor(PlanManagement plans, EditorAccess access) {
		this.plans = plans;
		this.access = access;
	}

	public AnnualPlan header(AnnualPlanId id, int version, HeaderForm form) {
		FieldChecks checks = new FieldChecks();
		String title = checks.required("title", form.title());
		checks.done();
		return revise(id, version, "header", plan -> new EditablePlan(title, new PlanNarrative(
				FieldChecks.text(form.vision()), FieldChecks.text(form.mission()), plan.narrative().sections()),
				plan.content()));
	}

	public AnnualPlan sections(AnnualPlanId id, int version, SectionsForm form) {
		FieldChecks checks = new FieldChecks();
		List<PlanNarrative.Section> sections = new ArrayList<>();
		for (int row = 0; row < Math.max(form.titles().size(), form.texts().size()); row++) {
			if (!blankRow(row, form.titles(), form.texts())) {
				String title = checks.required("titles[" + row + "]", cell(form.titles(), row));
				sections.add(new PlanNarrative.Section(title, cell(form.texts(), row).strip()));
			}
		}
		checks.done();
		return revise(id, version, "sections", plan -> new EditablePlan(plan.title(),
				new PlanNarrative(plan.narrative().vision(), plan.narrative().mission(), sections), plan.content()));
	}

	/** Adds ({@code position} null) or changes an objective. */
	public AnnualPlan objective(AnnualPlanId id, int version, Integer position, ObjectiveForm form) {
		FieldChecks checks = new FieldChecks();
		String text = checks.required("text", form.text());
		checks.done();
		return revise(id, version, "objective", plan -> plan.withContent(content -> content(content,
				put(content.objectives(), position, text), content.goals(), content.programmes(), content.budget())));
	}

	/** Adds ({@code position} null) or changes a strategic goal; its indicators stay. */
	public AnnualPlan goal(AnnualPlanId id, int version, Integer position, GoalForm form) {
		FieldChecks checks = new FieldChecks();
		String name = checks.required("name", form.name());
		var weight = checks.weight("weight", form.weight());
		checks.done();
		return revise(id, version, "goal", plan -> plan.withContent(content -> {
			List<Indicator> indicators = position == null ? List.of()
					: OrderedList.at(content.goals(), position).indicators();
			StrategicGoal goal = new StrategicGoal(FieldChecks.text(form.code()), name, weight,
					FieldChecks.text(form.narrative()), indicators);
			return content(content, content.objectives(), put(content.goals(), position, goal), content.programmes(),
					content.budget());
		}));
	}

	/** Adds ({@code position} null) or changes an indicator of the goal at {@code goal}. */
	public AnnualPlan indicator(AnnualPlanId id, int version, int goal, Integer position, IndicatorForm form) {
		Indicator indicator = indicator(form);
		return revise(id, version, "indicator", plan -> plan.withContent(content -> {
			StrategicGoal old = OrderedList.at(content.goals(), goal);
			StrategicGoal changed = new StrategicGoal(old.code(), old.name(), old.weight(), old.narrative(),
					put(old.indicators(), position, indicator));
			return content(content, content.objectives(), OrderedList.replace(content.goals(), goal, changed),
					content.programmes(), content.budget());
		}));
	}

	/** Adds ({@code position} null) or changes a work plan with its items. */
	public AnnualPlan workPlan(AnnualPlanId id, int version, Integer position, WorkPlanForm form) {
		FieldChecks checks = new FieldChecks();
		List<Programme.Item> items = new ArrayList<>();
		int rows = Math.max(form.itemNames().size(), form.itemContents().size());
		for (int row = 0; row < Math.max(rows, form.itemBudgets().size()); row++) {
			if (!blankRow(row, form.itemNames(), form.itemContents(), form.itemBudgets(), form.itemRemarks())) {
				items.add(new Programme.Item(checks.required("itemNames[" + row + "]", cell(form.itemNames(), row)),
						FieldChecks.text(cell(form.itemContents(), row)),
						checks.amount("itemBudgets[" + row + "]", cell(form.itemBudgets(), row)),
						FieldChecks.text(cell(form.itemRemarks(), row))));
			}
		}
		Programme programme = new Programme(checks.required("workPlan", form.workPlan()), items);
		checks.done();
		return revise(id, version, "programme", plan -> plan.withContent(content -> content(content,
				content.objectives(), content.goals(), put(content.programmes(), position, programme),
				content.budget())));
	}

	public AnnualPlan budget(AnnualPlanId id, int version, BudgetForm form) {
		FieldChecks checks = new FieldChecks();
		List<PlanContent.BudgetLine> lines = new ArrayList<>();
		for (int row = 0; row < Math.max(form.items().size(), form.amounts().size()); row++) {
			if (!blankRow(row, form.categories(), form.items(), form.sources(), form.amounts(), form.notes())) {
				lines.add(new PlanContent.BudgetLine(FieldChecks.text(cell(form.categories(), row)),
						checks.required("items[" + row + "]", cell(form.items(), row)),
						checks.amount("amounts[" + row + "]", cell(form.amounts(), row)),
						FieldChecks.text(cell(form.sources(), row)), FieldChecks.text(cell(form.notes(), row))));
			}
		}
		checks.done();
		return revise(id, version, "budget", plan -> plan.withContent(
				content -> content(content, content.objectives(), content.goals(), content.programmes(), lines)));
	}

	/**
	 * Removes an entry of an ordered part; for an indicator {@code path} is the goal's position and
	 * the indicator's, otherwise the entry's position.
	 */
	public AnnualPlan remove(AnnualPlanId id, int version, PlanPart part, int... path) {
		return reorder(id, version, part, "remove", path, new Reorder() {
			@Override
			public <T> List<T> apply(List<T> list, int position) {
				return OrderedList.remove(list, position);
			}
		});
	}

	/** Moves an entry one place up ({@code step} -1) or down (+1). */
	public AnnualPlan move(AnnualPlanId id, int version, PlanPart part, int step, int... path) {
		return reorder(id, version, part, "move", path, new Reorder() {
			@Override
			public <T> List<T> apply(List<T> list, int position) {
				return OrderedList.move(list, position, Integer.signum(step));
			}
		});
	}

	/** One list edit, whatever the entries' type. */
	private interface Reorder {

		<T> List<T> apply(List<T> list, int position);

	}

	private AnnualPlan reorder(AnnualPlanId id, int version, PlanPart part, String verb, int[] path, Reorder edit) {
		int position = path[path.length - 1];
		return revise(id, version, verb + " " + part.segment(), plan -> plan.withContent(content -> switch (part) {
			case OBJECTIVE -> content(content, edit.apply(content.objectives(), position), content.goals(),
					content.programmes(), content.budget());
			case GOAL -> content(content, content.objectives(), edit.apply(content.goals(), position),
					content.programmes(), content.budget());
			case WORK_PLAN -> content(content, content.objectives(), content.goals(),
					edit.apply(content.programmes(), position), content.budget());
			case INDICATOR -> {
				StrategicGoal old = OrderedList.at(content.goals(), path[0]);
				StrategicGoal changed = new StrategicGoal(old.code(), old.name(), old.weight(), old.narrative(),
						edit.apply(old.indicators(), position));
				yield content(content, content.objectives(), OrderedList.replace(content.goals(), path[0], changed),
						content.programmes(), content.budget());
			}
		}));
	}

	private AnnualPlan revise(AnnualPlanId id, int version, String part, UnaryOperator<EditablePlan> change) {
		AnnualPlan plan = plans.find(id).orElseThrow(() -> new NotFound("annual_plan", id));
		access.checkMayEdit(plan.summary().agencyId());
		return plans.revise(id, version, part, change);
	}

	static Indicator indicator(IndicatorForm form) {
		FieldChecks checks = new FieldChecks();
		String name = checks.required("name", form.name());
		var weight = checks.weight("weight", form.weight());
		Integer scheme = checks.scheme("evaluationScheme", form.evaluationScheme());
		Target target = checks.target("target", form.target());
		Direction direction = checks.choice("direction", form.direction(), Direction.class);
		DataSource source = checks.choice("dataSource", form.dataSource(), DataSource.class);
		checks.done();
		IndicatorTarget stored = new IndicatorTarget(target.text().isBlank() ? null : target.text().strip(),
				target.value(), target.isReadable() ? target.unit() : null);
		return new Indicator(name, weight, scheme, FieldChecks.text(form.evaluationMethod()),
				FieldChecks.text(form.formula()), stored, direction == null ? directionOf(target) : direction, source);
	}

	/** When the user names no direction, the target says it: {@code ≤} is lower, a ladder milestones. */
	private static Direction directionOf(Target target) {
		if (!target.isReadable()) {
			return null;
		}
		if (!target.ladder().isEmpty()) {
			return Direction.MILESTONES;
		}
		return target.bound() == Target.Bound.AT_MOST ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
	}

	private static <T> List<T> put(List<T> list, Integer position, T item) {
		return position == null ? OrderedList.append(list, item) : OrderedList.replace(list, position, item);
	}

	private static PlanContent content(PlanContent old, List<String> objectives, List<StrategicGoal> goals,
			List<Programme> programmes, List<PlanContent.BudgetLine> budget) {
		return new PlanContent(objectives, goals, programmes, budget, old.priorYear(), old.unrecognised());
	}

}
