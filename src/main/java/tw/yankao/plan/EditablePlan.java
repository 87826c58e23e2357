package tw.yankao.plan;

import java.util.function.UnaryOperator;

/**
 * What the editor may change in an annual plan: its title, its prose and its content. A change is
 * a function from one to the next (see {@link PlanManagement#revise}).
 *
 * @param title the title, never blank
 * @param narrative vision, mission and narrative sections
 * @param content objectives, goals with indicators, programmes, budget and the rest
 */
public record EditablePlan(String title, PlanNarrative narrative, PlanContent content) {

	public static EditablePlan of(AnnualPlan plan) {
		return new EditablePlan(plan.summary().title(), plan.narrative(), plan.content());
	}

	public EditablePlan withContent(UnaryOperator<PlanContent> change) {
		return new EditablePlan(title, narrative, change.apply(content));
	}

}
