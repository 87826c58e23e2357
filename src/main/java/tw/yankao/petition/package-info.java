/**
 * Citizen service: petitions (陳情), 1999 inquiries and dispatch cases (派工) — intake with
 * idempotency keys, case numbers, routing by the city profile, deadlines in hours or working days,
 * and the handling workflow. The Open311 API, search, the public portal and analytics build on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org", "notify"})
package tw.yankao.petition;
