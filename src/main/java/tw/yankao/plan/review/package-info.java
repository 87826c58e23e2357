/**
 * The review of annual plans ({@link tw.yankao.plan.PlanWorkflow}): submission with a snapshot per
 * version (table {@code plan_version}), the RDEC's comments ({@code plan_review_comment}), the
 * comparison of two versions, and the city plan a year's approved plans are compiled into
 * ({@code city_plan}); {@code web} holds its pages and JSON API.
 */
package tw.yankao.plan.review;
