/**
 * Shared kernel: what every module may use. Owns the city profile, ROC dates, the government
 * working-day calendar, money, the embedded database and backups, the command line, the
 * web shell (layout, navigation, i18n, problem details) and the access-rule SPI.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package tw.yankao.shared;
