/**
 * Open data: the dataset catalogue with data.gov.tw metadata, monthly releases, quality checks
 * and the DCAT catalogue.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package tw.yankao.opendata;
