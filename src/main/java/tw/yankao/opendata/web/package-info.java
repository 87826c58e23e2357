/**
 * The open-data pages and API: the public catalogue, dataset and release pages with downloads,
 * the DCAT catalogue in JSON-LD and Turtle, the paged API, and the RDEC's release and publish steps.
 */
package tw.yankao.opendata.web;
