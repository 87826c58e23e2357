/**
 * Official-document timeliness (公文時效): document records imported from the document system,
 * their due dates on the government calendar, and the monthly statistics and ranking of
 * agencies by overdue ratio. Named so that open data can publish the monthly statistics.
 */
@org.springframework.modulith.NamedInterface("documents")
package tw.yankao.tracking.documents;
