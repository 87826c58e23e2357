/**
 * Import of existing plans from their plain-text form: {@link tw.yankao.plan.importing.PlanTextImport}
 * reads a text into an {@link tw.yankao.plan.importing.ImportedPlan}, and the {@code plan import}
 * command saves it as a draft through {@link tw.yankao.plan.PlanManagement} (or, with
 * {@code --dry-run}, prints it).
 */
package tw.yankao.plan.importing;
