package tw.yankao.plan.internal;

import java.util.List;

import tw.yankao.plan.Direction;
import tw.yankao.plan.Indicator;
import tw.yankao.plan.IndicatorTarget;
import tw.yankao.plan.PlanContent;
import tw.yankao.plan.Programme;
import tw.yankao.plan.StrategicGoal;
import tw.yankao.plan.importing.ImportedPlan;

/** Turns what an import recognised into the content of an annual plan, dropping nothing. */
final class ImportedContent {

	private ImportedContent() {
	}

	/** @throws IllegalArgumentException when an evaluation scheme is not a number */
	static PlanContent of(ImportedPlan plan) {
		return new PlanContent(plan.objectives(), plan.goals().stream().map(ImportedContent::goal).toList(),
				plan.programmes().stream().map(ImportedContent::programme).toList(),
				plan.budget().stream().map(l -> new PlanContent.BudgetLine(l.category(), l.item(), l.amount())).toList(),
				plan.priorYear().stream().map(ImportedContent::review).toList(),
				plan.unrecognised().stream()
					.map(b -> new PlanContent.UnrecognisedBlock(b.fromLine(), b.toLine(), b.text()))
					.toList());
	}

	private static StrategicGoal goal(ImportedPlan.Goal goal) {
		List<Indicator> indicators = goal.indicators().stream().map(ImportedContent::indicator).toList();
		// a plan text carries no goal narrative: it is written later, in the application
		return new StrategicGoal(goal.code(), goal.name(), goal.weight(), null, indicators);
	}

	private static Indicator indicator(ImportedPlan.Indicator indicator) {
		return new Indicator(indicator.name(), indicator.weight(), scheme(indicator.evaluationScheme()),
				indicator.evaluationMethod(), indicator.formula(), target(indicator.target()),
				indicator.direction() == null ? null : Direction.valueOf(indicator.direction().name()));
	}

	private static Programme programme(ImportedPlan.Programme programme) {
		return new Programme(programme.workPlan(), programme.items().stream()
			.map(item -> new Programme.Item(item.name(), item.content(), item.budget()))
			.toList());
	}

	private static PlanContent.PriorYearReview review(ImportedPlan.PriorYearResult result) {
		return new PlanContent.PriorYearReview(result.year(), result.goal(), result.indicator(), target(result.target()),
				result.analysis());
	}

	private static IndicatorTarget target(ImportedPlan.TargetValue target) {
		return target == null ? new IndicatorTarget(null, null, null)
				: new IndicatorTarget(target.text(), target.value(), target.unit());
	}

	// the importer keeps only a digit 1–5; the table's check refuses any other number
	private static Integer scheme(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("evaluation scheme must be a code 1-5, not " + text, ex);
		}
	}

}
