/**
 * 1999 call statistics: the telephony system's call records (imported from its CSV export,
 * idempotent by call id) and the service levels computed from them per day, month and hour of
 * day — offered, answered, answered within the city profile's seconds, abandoned. Exposed to other
 * modules as the named interface {@code calls}, so that a plan-side adapter can bind the answer
 * rate to a plan indicator without petition depending on plan.
 */
@org.springframework.modulith.NamedInterface("calls")
package tw.yankao.petition.calls;
