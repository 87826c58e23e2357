package tw.yankao.petition;

import java.time.LocalDate;

/**
 * What the cases of one day and one combination of keys add up to: the unit of the analytics
 * module's roll-ups. Days are Taipei calendar days. A case counts as received on the day it came
 * in and as closed on the day it was closed (merged cases are not closed by handling), both under
 * its current agency; returns, transfers and reopens count on the day of the step, under the agency
 * the case left (return, transfer) or is with (reopen).
 *
 * @param agencyId null for unassigned cases
 * @param district null when the case has none
 * @param handlingSeconds the sum of received-to-closed times of the closed cases
 * @param histogram closed cases per handling-time bucket of {@link PetitionStatistics#HANDLING_HOURS}
 */
public record DailyFact(LocalDate day, Long agencyId, String category, String district, Channel channel,
		int received, int closed, int closedOnTime, long handlingSeconds, int[] histogram, int returns,
		int transfers, int reopens) {
}
