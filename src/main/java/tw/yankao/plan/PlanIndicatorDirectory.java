package tw.yankao.plan;

import java.util.List;
import java.util.Optional;

/**
 * Reads the indicators of approved and published annual plans by their stable ids, for other
 * modules that link to them (e.g. a tracked tender to 本府標案管考執行率). Only approved or published
 * plans count: a draft's indicators are replaced, with new ids, whenever the draft is re-imported.
 * The ids are those the achievement pages use ({@code /plans/achievement/indicators/{id}}).
 */
public interface PlanIndicatorDirectory {

	/** The indicators of the agency's approved or published plan of the ROC year, in plan order. */
	List<IndicatorSummary> indicatorsOf(long agencyId, int rocYear);

	/** The indicator, if it belongs to an approved or published plan. */
	Optional<IndicatorSummary> indicator(long id);

	/**
	 * An indicator as other modules see it.
	 *
	 * @param id the stable id
	 * @param agencyId the plan's agency
	 * @param rocYear the plan's ROC year
	 * @param name the indicator's name
	 * @param planTitle the annual plan's title
	 */
	record IndicatorSummary(long id, long agencyId, int rocYear, String name, String planTitle) {
	}

}
