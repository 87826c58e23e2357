/**
 * The plan editor's rules: who may change which plan, the forms it takes, the checks of their
 * input (field by field, in the user's language) and the edits of ordered lists (add, change,
 * remove, move). Every edit goes through {@link tw.yankao.plan.PlanManagement#revise}, so it is one
 * transaction against the version the user loaded.
 */
package tw.yankao.plan.editing;
