package tw.yankao.tracking.meetings;

import java.time.LocalDate;

import tw.yankao.tracking.LagClass;
import tw.yankao.tracking.TrackedItemStatus;

/**
 * A decision (決議) of a control meeting and where its tracked item stands.
 *
 * @param position 第 n 案, from 1
 * @param ownerAgencyId the agency that carries it out (org module id)
 * @param dueDate when it is due (ISO date)
 * @param itemId the tracked item that follows it up
 * @param itemNumber that item's number
 * @param itemStatus that item's status now
 * @param latestLag the class of the item's latest progress report, null before the first
 */
public record MeetingDecision(long id, int position, String decision, long ownerAgencyId, LocalDate dueDate,
		long itemId, String itemNumber, TrackedItemStatus itemStatus, LagClass latestLag) {
}
