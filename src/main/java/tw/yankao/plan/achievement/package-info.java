/**
 * Achievement of plan indicators: achievement reports per indicator and {@link tw.yankao.plan.ReportingPeriod}
 * with evidence files (tables {@code achievement_report}, {@code achievement_evidence}), live
 * indicators bound to a {@link tw.yankao.plan.MetricProvider} ({@code indicator_metric_binding}),
 * achievement rates and weighted scores for the dashboards, the built-in on-time reporting metric
 * and the demo reports read from the seeds' prior-year reviews. Reads the {@code plan_*} tables of
 * its own module directly, since {@link tw.yankao.plan.Indicator} carries no id.
 */
package tw.yankao.plan.achievement;
