/**
 * Plans and indicators: medium-term and annual plans, strategic goals, weighted indicators with
 * formulas and targets, programmes, budgets, achievement reports and the plan book.
 * {@link tw.yankao.plan.PlanManagement} stores annual plans (tables {@code annual_plan} and
 * {@code plan_*}); {@code internal} holds their repositories and demo data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package tw.yankao.plan;
