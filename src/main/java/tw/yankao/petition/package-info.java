/**
 * Citizen service: petitions, 1999 inquiries and dispatch cases with working-day deadlines,
 * routing, transfers, replies, surveys and the Open311 GeoReport v2 API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package tw.yankao.petition;
