/**
 * Organisation: agencies (city government, first-level agencies, subordinate agencies, units,
 * district offices), staff and citizen users, roles, agency scope and the security set-up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package tw.yankao.org;
