package tw.yankao.plan;

import java.time.Instant;
import java.util.List;

/**
 * The city plan (彙編) of one ROC year: the approved agency plans compiled in the order of the
 * organisation tree.
 *
 * @param rocYear the ROC year
 * @param status NOT_COMPILED until the RDEC compiles it
 * @param version the optimistic-locking version; -1 while not compiled
 * @param compiledBy who compiled it last, null while not compiled
 * @param compiledAt when, null while not compiled
 * @param publishedAt when it was published, null until then
 * @param compiled the compiled plans in order, empty while not compiled
 * @param approved the year's APPROVED plans not yet published, which a compilation would take
 */
public record CityPlan(int rocYear, Status status, int version, String compiledBy, Instant compiledAt,
		Instant publishedAt, List<AnnualPlanSummary> compiled, List<AnnualPlanSummary> approved) {

	public CityPlan {
		compiled = List.copyOf(compiled);
		approved = List.copyOf(approved);
	}

	public enum Status {
		NOT_COMPILED, COMPILED, PUBLISHED
	}

}
