/**
 * Import of existing plans from their plain-text form: {@link tw.yankao.plan.importing.PlanTextImport}
 * reads a text into an {@link tw.yankao.plan.importing.ImportedPlan}, and the {@code plan import}
 * command prints it. Nothing is stored yet.
 */
package tw.yankao.plan.importing;
