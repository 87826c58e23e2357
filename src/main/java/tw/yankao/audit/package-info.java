/**
 * Audit log: an append-only, hash-chained record of every change to business data, its
 * verification and the RDEC page that reads it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package tw.yankao.audit;
