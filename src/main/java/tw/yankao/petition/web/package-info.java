/**
 * The citizen-service pages: the 1999 agent's intake form, the agency inbox, the case page with
 * the viewer's workflow steps, the RDEC supervision list; and the JSON API.
 */
package tw.yankao.petition.web;
