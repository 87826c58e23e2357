/**
 * The review's pages (queue, review of one plan with comments and version comparison, city-plan
 * compilation) and its JSON API under {@code /api/plans/{id}}.
 */
package tw.yankao.plan.review.web;
