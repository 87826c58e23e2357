package tw.yankao.plan;

import java.util.List;
import java.util.Optional;

/**
 * Service provider interface through which a module offers live metrics for indicators (e.g.
 * tracking's execution rate, petitions' share answered in time). Implement it as a Spring bean
 * in your module; the plan module collects every bean of this type.
 *
 * <p>An RDEC user or agency liaison binds an indicator to one of your {@link #metrics()}; from
 * then on the plan module asks {@link #value} for each period it refreshes (on demand and by a
 * nightly job) and stores the answer as the indicator's actual for that period, marked as live,
 * with your lineage link. People cannot enter actuals for a bound indicator.
 *
 * <p>Contract:
 * <ul>
 * <li>{@link #metrics()} is cheap and stable: keys must not change once bindings may exist;</li>
 * <li>{@link #value} is read-only, runs inside the plan module's transaction and must not
 * publish events; return empty when there is nothing to measure (no data for the agency or
 * period yet), never a made-up 0;</li>
 * <li>the lineage path must be served by your module and covered by its access rules, listing
 * the records behind the value for the given agency and period.</li>
 * </ul>
 */
public interface MetricProvider {

	/** The metrics this provider offers. */
	List<MetricDefinition> metrics();

	/**
	 * The value of one of {@link #metrics()} for an agency and period.
	 *
	 * @param key a key from {@link #metrics()}; an unknown key gives empty
	 * @param agencyId the agency (org module id) whose indicator is bound
	 * @param period the period to measure
	 * @return the value, or empty when the metric has nothing to measure for them
	 */
	Optional<MetricValue> value(String key, long agencyId, ReportingPeriod period);

}
