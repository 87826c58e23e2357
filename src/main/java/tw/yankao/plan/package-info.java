/**
 * Plans and indicators: medium-term and annual plans, strategic goals, weighted indicators with
 * formulas and targets, programmes, budgets, achievement reports and the plan book.
 *
 * <p>The public API: {@link tw.yankao.plan.PlanManagement} stores, reads and edits plans (tables
 * {@code annual_plan}, {@code medium_term_plan} and {@code plan_*}); {@link tw.yankao.plan.PlanWorkflow}
 * moves them through submission, review, compilation and publication ({@code plan_version},
 * {@code plan_review_comment}, {@code city_plan*}); {@link tw.yankao.plan.MetricProvider} is the SPI
 * through which other modules offer live values for indicators. Inside: {@code formula} (the formula
 * engine), {@code importing} (text, DOCX and ODT plans), {@code editing}, {@code review},
 * {@code achievement} (reports, evidence, live bindings, dashboards), {@code book} (the plan book in
 * ODT, DOCX, PDF and text), {@code web} and {@code internal} (repositories and demo data).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package tw.yankao.plan;
