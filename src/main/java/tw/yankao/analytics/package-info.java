/**
 * Analytics: monthly quality-and-quantity reports, topics, hot spots, emerging issues and the
 * city, agency and public dashboards.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org", "petition"})
package tw.yankao.analytics;
