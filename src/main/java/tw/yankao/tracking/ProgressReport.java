package tw.yankao.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A monthly progress report of a tracked item, with the lag computed when it was saved.
 *
 * @param id the id
 * @param itemId the tracked item
 * @param month the month reported on
 * @param actualPercent actual cumulative progress, percent 0–100
 * @param plannedPercent the plan's cumulative progress for the month, percent 0–100
 * @param lagPoints actual − planned, percentage points (negative when behind)
 * @param lagClass the lag's class by the city profile's rules
 * @param spending NT$ (yuan) spent so far
 * @param narrative what was done
 * @param problems what holds the item up, null if nothing
 * @param countermeasures what the agency does about it, null if nothing
 * @param needsCoordination whether the agency asks for city-level coordination
 * @param correctionReason why cumulative progress went down, null when it did not
 * @param submittedAt when it was last saved
 * @param late whether it was saved after the profile's due day of the next month
 * @param version the optimistic-locking version
 */
public record ProgressReport(long id, long itemId, YearMonth month, BigDecimal actualPercent, BigDecimal plannedPercent,
		BigDecimal lagPoints, LagClass lagClass, BigDecimal spending, String narrative, String problems,
		String countermeasures, boolean needsCoordination, String correctionReason, Instant submittedAt, boolean late,
		int version) {
}
