package tw.yankao.tracking.meetings;

/**
 * A decision (決議) as the meeting's secretary enters it.
 *
 * @param decision what was decided
 * @param ownerAgencyId the agency that carries it out (org module id)
 * @param dueDate when it is due, ISO date
 */
public record DecisionEntry(String decision, Long ownerAgencyId, String dueDate) {
}
