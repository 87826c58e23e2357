/** The analytics pages and documents, and who may use them. */
package tw.yankao.analytics.web;
