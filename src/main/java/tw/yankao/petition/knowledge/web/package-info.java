/** The knowledge base's pages: maintenance by agency liaisons and the RDEC, the search panel of the intake page. */
package tw.yankao.petition.knowledge.web;
