/**
 * Pages and JSON API of achievement: the indicator page (reports, entry with evidence upload,
 * submit and confirm, metric binding and refresh), the on-time lineage page, the agency and city
 * dashboards, and their access rules and navigation.
 */
package tw.yankao.plan.achievement.web;
