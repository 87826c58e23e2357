/**
 * Open data: the dataset catalogue with data.gov.tw metadata, monthly releases, quality checks
 * and the DCAT catalogue. It reads the public APIs of tracking (execution rates, document
 * timeliness) and petition (monthly statistics); none of them depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org", "tracking", "tracking :: documents", "petition"})
package tw.yankao.opendata;
