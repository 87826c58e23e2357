package tw.yankao.plan.internal;

import org.springframework.stereotype.Component;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanContent;

/** Writes, reads and removes the content of a plan as a whole, across its tables. */
@Component
class PlanContents {

	private final StrategicGoals goals;
	private final Programmes programmes;
	private final PlanSections sections;

	PlanContents(StrategicGoals goals, Programmes programmes, PlanSections sections) {
		this.goals = goals;
		this.programmes = programmes;
		this.sections = sections;
	}

	void write(AnnualPlanId id, PlanContent content) {
		goals.insert(id, content.goals());
		writeAllButGoals(id, content);
	}

	/** Replaces the content of a plan, keeping the rows of goals and indicators (see {@link StrategicGoals#replace}). */
	void replace(AnnualPlanId id, PlanContent content) {
		goals.replace(id, content.goals());
		programmes.removeFrom(id);
		sections.removeFrom(id);
		writeAllButGoals(id, content);
	}

	private void writeAllButGoals(AnnualPlanId id, PlanContent content) {
		sections.insertObjectives(id, content.objectives());
		programmes.insert(id, content.programmes());
		sections.insertBudget(id, content.budget());
		sections.insertPriorYear(id, content.priorYear());
		sections.insertUnrecognised(id, content.unrecognised());
	}

	PlanContent read(AnnualPlanId id) {
		return new PlanContent(sections.objectivesOf(id), goals.of(id), programmes.of(id), sections.budgetOf(id),
				sections.priorYearOf(id), sections.unrecognisedOf(id));
	}

	void remove(AnnualPlanId id) {
		goals.removeFrom(id);
		programmes.removeFrom(id);
		sections.removeFrom(id);
	}

}
