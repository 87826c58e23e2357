/**
 * Plans and indicators: medium-term and annual plans, strategic goals, weighted indicators with
 * formulas and targets, programmes, budgets, achievement reports and the plan book.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package tw.yankao.plan;
