package tw.yankao.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What a person enters for a tracked item; see {@link TrackedItem} for the meaning and units of
 * each field. Null lists and maps count as empty; {@code version} is required when changing an item.
 */
public record TrackedItemEntry(TrackedItemType type, String number, String title, Long ownerAgencyId,
		List<Long> coAgencyIds, ControlLevel controlLevel, String responsiblePeople, LocalDate startDate,
		LocalDate endDate, BigDecimal budgetTotal, BigDecimal budgetThisYear, TrackedItemStatus status,
		Map<String, String> details, Map<YearMonth, BigDecimal> plannedProgress,
		List<TrackedItem.Checkpoint> checkpoints, Map<YearMonth, BigDecimal> plannedSpending,
		List<Long> indicatorIds, Integer version) {

	public List<Long> coAgencies() {
		return coAgencyIds == null ? List.of() : coAgencyIds;
	}

	public Map<String, String> detailFields() {
		return details == null ? Map.of() : details;
	}

	public Map<YearMonth, BigDecimal> planned() {
		return plannedProgress == null ? Map.of() : plannedProgress;
	}

	/** The monthly budget allocation, NT$ by planned month. */
	public Map<YearMonth, BigDecimal> spending() {
		return plannedSpending == null ? Map.of() : plannedSpending;
	}

	/** The linked plan indicators' ids. */
	public List<Long> indicators() {
		return indicatorIds == null ? List.of() : indicatorIds;
	}

	public List<TrackedItem.Checkpoint> checkpointList() {
		return checkpoints == null ? List.of() : checkpoints;
	}

}
