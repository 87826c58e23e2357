package tw.yankao.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A tracked item (列管事項) as stored.
 *
 * @param id the id
 * @param type the kind of item
 * @param number the item's number, unique (e.g. a tender number)
 * @param title the title
 * @param ownerAgencyId the owner agency (org module id)
 * @param coAgencyIds co-agencies (org module ids), possibly empty
 * @param controlLevel who controls it
 * @param responsiblePeople the people responsible, as written by the agency
 * @param startDate first day (ISO date)
 * @param endDate planned last day (ISO date)
 * @param budgetTotal NT$ (yuan), total budget
 * @param budgetThisYear NT$ (yuan), this year's budget
 * @param status the status
 * @param details type-specific fields, e.g. {@code councilSession}, {@code replyDeadline}, {@code source}
 * @param plannedProgress planned cumulative progress by month, percent 0–100, never decreasing
 * @param checkpoints checkpoints (查核點) in order
 * @param plannedSpending the monthly budget allocation: planned spending in NT$ (yuan) by planned
 *     month, ≥ 0; only months of {@code plannedProgress}, possibly none
 * @param indicatorIds linked indicators of the owner agency's annual plans (plan module ids), possibly none
 * @param version the optimistic-locking version
 */
public record TrackedItem(long id, TrackedItemType type, String number, String title, long ownerAgencyId,
		List<Long> coAgencyIds, ControlLevel controlLevel, String responsiblePeople, LocalDate startDate,
		LocalDate endDate, BigDecimal budgetTotal, BigDecimal budgetThisYear, TrackedItemStatus status,
		Map<String, String> details, SortedMap<YearMonth, BigDecimal> plannedProgress, List<Checkpoint> checkpoints,
		SortedMap<YearMonth, BigDecimal> plannedSpending, List<Long> indicatorIds,
		int version) {

	/**
	 * A checkpoint (查核點).
	 *
	 * @param name what is to be reached
	 * @param plannedDate when it is due (ISO date)
	 * @param actualDate when it was reached, null until then
	 */
	public record Checkpoint(String name, LocalDate plannedDate, LocalDate actualDate) {

		/** Whether the checkpoint is due by {@code day} and was not reached by then. */
		public boolean isOverdueOn(LocalDate day) {
			return plannedDate.isBefore(day) && (actualDate == null || actualDate.isAfter(day));
		}

	}

	/** Planned cumulative progress in the month: the last planned value up to it, 0 before the first. */
	public BigDecimal plannedIn(YearMonth month) {
		SortedMap<YearMonth, BigDecimal> upTo = plannedProgress.headMap(month.plusMonths(1));
		return upTo.isEmpty() ? BigDecimal.ZERO : upTo.get(upTo.lastKey());
	}

	/** Planned spending by the end of the month, NT$: the monthly allocations up to it summed. */
	public BigDecimal plannedSpendingBy(YearMonth month) {
		return plannedSpending.headMap(month.plusMonths(1)).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Whether a checkpoint is overdue at the end of the month. */
	public boolean hasOverdueCheckpoint(YearMonth month) {
		LocalDate end = month.atEndOfMonth();
		return checkpoints.stream().anyMatch(c -> c.isOverdueOn(end));
	}

}
