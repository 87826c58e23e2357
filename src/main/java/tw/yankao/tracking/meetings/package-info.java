/**
 * Control meetings (管制會報): the monthly packs the city meeting and each agency's own meeting
 * review (execution-rate ranking, items behind and seriously behind with their recent history and
 * countermeasures, requests for city-level coordination), and the meeting record whose decisions
 * (決議) are followed up as tracked items.
 */
package tw.yankao.tracking.meetings;
