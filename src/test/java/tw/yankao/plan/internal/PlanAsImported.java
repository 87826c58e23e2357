package tw.yankao.plan.internal;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.IndicatorTarget;
import tw.yankao.plan.importing.ImportedPlan;

/**
 * A stored plan turned back into the shape of an import, written apart from the code that stores
 * it, so that a round trip compares against the importer's own records.
 */
final class PlanAsImported {

	private PlanAsImported() {
	}

	static ImportedPlan of(AnnualPlan plan) {
		return new ImportedPlan(new ImportedPlan.Agency(null, plan.agencyName()), plan.summary().rocYear(),
				plan.content().objectives(),
				plan.content().goals().stream()
					.map(goal -> new ImportedPlan.Goal(goal.code(), goal.name(), goal.weight(), goal.indicators().stream()
						.map(i -> new ImportedPlan.Indicator(i.name(), i.weight(),
								i.evaluationScheme() == null ? null : String.valueOf(i.evaluationScheme()),
								i.evaluationMethod(), i.formula(), target(i.target()),
								i.direction() == null ? null : ImportedPlan.Direction.valueOf(i.direction().name())))
						.toList()))
					.toList(),
				plan.content().programmes().stream()
					.map(p -> new ImportedPlan.Programme(p.workPlan(), p.items().stream()
						.map(item -> new ImportedPlan.ProgrammeItem(item.name(), item.content(), item.budgetThousand()))
						.toList()))
					.toList(),
				plan.content().budget().stream()
					.map(line -> new ImportedPlan.BudgetLine(line.category(), line.item(), line.amountThousand()))
					.toList(),
				plan.content().priorYear().stream()
					.map(r -> new ImportedPlan.PriorYearResult(r.reviewedRocYear(), r.goal(), r.indicator(),
							target(r.target()), r.analysis()))
					.toList(),
				plan.content().unrecognised().stream()
					.map(b -> new ImportedPlan.Unrecognised(b.fromLine(), b.toLine(), b.text()))
					.toList());
	}

	private static ImportedPlan.TargetValue target(IndicatorTarget target) {
		return new ImportedPlan.TargetValue(target.text(), target.value(), target.unit());
	}

}
