/**
 * The plan module's pages and JSON API for plans: the list of plans a user may see, the read-only
 * view of a plan, the editor (forms posted whole, swapped in by htmx), medium-term plans and
 * {@code /api/plans}. Who may edit is {@link tw.yankao.plan.editing.EditorAccess}'s rule; who may
 * read is the agency scope.
 */
package tw.yankao.plan.web;
