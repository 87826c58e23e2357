package tw.yankao.tracking;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.LongPredicate;

import tw.yankao.shared.profile.TrackingRules;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;

/**
 * Checks a tracked item's entry against the rules of its type and the city profile, collecting
 * every broken rule so that the person sees all of them at once. Public for imports, which check
 * many entries before saving any.
 */
public final class TrackedItemRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final TrackingRules rules;
	private final LongPredicate agencyExists;
	private final TrackedItemDetails details;
	private final Clock clock;
	private final BiPredicate<Long, Long> indicatorOfAgency;

	/**
	 * Rules that accept no links to plan indicators, for imports, whose entries carry none.
	 *
	 * @param clock gives the current year, whose monthly allocations must fit this year's budget
	 */
	public TrackedItemRules(TrackingRules rules, LongPredicate agencyExists, Clock clock) {
		this(rules, agencyExists, clock, (indicator, agency) -> false);
	}

	/**
	 * @param clock gives the current year, whose monthly allocations must fit this year's budget
	 * @param indicatorOfAgency whether an indicator id names an indicator of the agency's annual plans
	 */
	public TrackedItemRules(TrackingRules rules, LongPredicate agencyExists, Clock clock,
			BiPredicate<Long, Long> indicatorOfAgency) {
		this.rules = rules;
		this.agencyExists = agencyExists;
		this.clock = clock;
		this.indicatorOfAgency = indicatorOfAgency;
		this.details = new TrackedItemDetails(rules.overseasTripReports());
	}

	/** The entry with its details cleaned and the computed ones worked out, to check and save. */
	public TrackedItemEntry completed(TrackedItemEntry entry) {
		if (entry.type() == null) {
			return entry;
		}
		return new TrackedItemEntry(entry.type(), entry.number(), entry.title(), entry.ownerAgencyId(), entry.coAgencyIds(),
				entry.controlLevel(), entry.responsiblePeople(), entry.startDate(), entry.endDate(), entry.budgetTotal(),
				entry.budgetThisYear(), entry.status(), details.complete(entry.type(), entry.detailFields()),
				entry.plannedProgress(), entry.checkpoints(), entry.plannedSpending(), entry.indicatorIds(), entry.version());
	}

	/** @throws InvalidInput naming every bad field */
	public void check(TrackedItemEntry entry) {
		List<FieldError> errors = new ArrayList<>();
		required(errors, "type", entry.type());
		required(errors, "number", blankToNull(entry.number()));
		required(errors, "title", blankToNull(entry.title()));
		required(errors, "controlLevel", entry.controlLevel());
		required(errors, "responsiblePeople", blankToNull(entry.responsiblePeople()));
		required(errors, "status", entry.status());
		required(errors, "startDate", entry.startDate());
		required(errors, "endDate", entry.endDate());
		agencies(errors, entry);
		if (entry.startDate() != null && entry.endDate() != null && entry.endDate().isBefore(entry.startDate())) {
			errors.add(new FieldError("endDate", "tracking.item.end-before-start"));
		}
		budget(errors, entry);
		if (entry.type() != null) {
			details.check(entry.type(), entry.detailFields(), errors);
		}
		planned(errors, entry);
		allocation(errors, entry);
		indicators(errors, entry);
		checkpoints(errors, entry.checkpointList());
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private void agencies(List<FieldError> errors, TrackedItemEntry entry) {
		if (entry.ownerAgencyId() == null) {
			errors.add(new FieldError("ownerAgencyId", "tracking.field.required"));
		}
		else if (!agencyExists.test(entry.ownerAgencyId())) {
			errors.add(new FieldError("ownerAgencyId", "tracking.item.unknown-agency", entry.ownerAgencyId()));
		}
		for (Long co : entry.coAgencies()) {
			if (co == null || !agencyExists.test(co) || co.equals(entry.ownerAgencyId())) {
				errors.add(new FieldError("coAgencyIds", "tracking.item.unknown-agency", co));
			}
		}
	}

	private void budget(List<FieldError> errors, TrackedItemEntry entry) {
		BigDecimal total = entry.budgetTotal() == null ? BigDecimal.ZERO : entry.budgetTotal();
		BigDecimal thisYear = entry.budgetThisYear() == null ? BigDecimal.ZERO : entry.budgetThisYear();
		if (total.signum() < 0) {
			errors.add(new FieldError("budgetTotal", "tracking.item.negative"));
		}
		if (thisYear.signum() < 0 || thisYear.compareTo(total) > 0) {
			errors.add(new FieldError("budgetThisYear", "tracking.item.this-year-budget"));
		}
		if (entry.type() == TrackedItemType.TENDER && total.compareTo(BigDecimal.valueOf(rules.tenderTrackingThreshold())) < 0) {
			errors.add(new FieldError("budgetTotal", "tracking.item.tender-below-threshold", rules.tenderTrackingThreshold()));
		}
	}

	private static void planned(List<FieldError> errors, TrackedItemEntry entry) {
		BigDecimal previous = BigDecimal.ZERO;
		for (Map.Entry<YearMonth, BigDecimal> month : new TreeMap<>(entry.planned()).entrySet()) {
			BigDecimal percent = month.getValue();
			String field = "plannedProgress." + month.getKey();
			if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
				errors.add(new FieldError(field, "tracking.progress.range"));
				continue;
			}
			if (percent.compareTo(previous) < 0) {
				errors.add(new FieldError(field, "tracking.item.planned-decreasing"));
			}
			previous = percent;
		}
	}

	/**
	 * The monthly budget allocation: each month's amount at least 0 and only for a planned month; the
	 * months of the current year together within this year's budget. Only the current year, because
	 * {@code budgetThisYear} is the budget of the current year: an item running over several years
	 * has no stored budget for its other years to check their months against.
	 */
	private void allocation(List<FieldError> errors, TrackedItemEntry entry) {
		int currentYear = Year.now(clock).getValue();
		BigDecimal budget = entry.budgetThisYear() == null ? BigDecimal.ZERO : entry.budgetThisYear();
		BigDecimal thisYear = BigDecimal.ZERO;
		for (Map.Entry<YearMonth, BigDecimal> month : new TreeMap<>(entry.spending()).entrySet()) {
			BigDecimal amount = month.getValue();
			if (amount == null) {
				continue;
			}
			String field = "plannedSpending." + month.getKey();
			if (!entry.planned().containsKey(month.getKey())) {
				errors.add(new FieldError("plannedProgress." + month.getKey(), "tracking.field.required"));
			}
			if (amount.signum() < 0) {
				errors.add(new FieldError(field, "tracking.item.negative"));
				continue;
			}
			if (month.getKey().getYear() == currentYear) {
				BigDecimal before = thisYear;
				thisYear = thisYear.add(amount);
				// named once, at the month where the year's allocations first exceed the budget
				if (before.compareTo(budget) <= 0 && thisYear.compareTo(budget) > 0) {
					errors.add(new FieldError(field, "tracking.item.allocation-over-budget",
							String.valueOf(currentYear), budget.toPlainString(), String.valueOf(RocDates.rocYear(LocalDate.of(currentYear, 1, 1)))));
				}
			}
		}
	}

	/** Links only to indicators of the owner agency's plans; another agency's indicator is as unknown as none. */
	private void indicators(List<FieldError> errors, TrackedItemEntry entry) {
		for (Long indicator : entry.indicators()) {
			if (indicator == null || entry.ownerAgencyId() == null || !indicatorOfAgency.test(indicator, entry.ownerAgencyId())) {
				errors.add(new FieldError("indicatorIds", "tracking.item.unknown-indicator", indicator));
			}
		}
	}

	private static void checkpoints(List<FieldError> errors, List<TrackedItem.Checkpoint> checkpoints) {
		for (int i = 0; i < checkpoints.size(); i++) {
			TrackedItem.Checkpoint checkpoint = checkpoints.get(i);
			if (blankToNull(checkpoint.name()) == null) {
				errors.add(new FieldError("checkpoints[" + i + "].name", "tracking.field.required"));
			}
			if (checkpoint.plannedDate() == null) {
				errors.add(new FieldError("checkpoints[" + i + "].plannedDate", "tracking.field.required"));
			}
		}
	}

	private static void required(List<FieldError> errors, String field, Object value) {
		if (value == null) {
			errors.add(new FieldError(field, "tracking.field.required"));
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
