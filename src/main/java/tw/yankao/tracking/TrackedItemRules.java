package tw.yankao.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;

import tw.yankao.shared.profile.TrackingRules;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;

/**
 * Checks a tracked item's entry against the rules of its type and the city profile, collecting
 * every broken rule so that the person sees all of them at once. Public for imports, which check
 * many entries before saving any.
 */
public final class TrackedItemRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Type-specific fields each type needs in {@link TrackedItem#details()}; dates are ISO. */
	private static final Map<TrackedItemType, List<String>> REQUIRED_DETAILS = Map.of(
			TrackedItemType.COUNCIL_RESOLUTION, List.of("councilSession", "replyDeadline"),
			TrackedItemType.COUNCILLOR_QUESTION, List.of("councilSession", "replyDeadline"),
			TrackedItemType.MAYORS_COMMITMENT, List.of("source"),
			TrackedItemType.OVERSEAS_TRIP_REPORT, List.of("returnDate"));

	private static final List<String> DATE_DETAILS = List.of("replyDeadline", "returnDate");

	private final TrackingRules rules;
	private final LongPredicate agencyExists;

	public TrackedItemRules(TrackingRules rules, LongPredicate agencyExists) {
		this.rules = rules;
		this.agencyExists = agencyExists;
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
		details(errors, entry);
		planned(errors, entry);
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

	private static void details(List<FieldError> errors, TrackedItemEntry entry) {
		Map<String, String> details = entry.detailFields();
		for (String key : REQUIRED_DETAILS.getOrDefault(entry.type(), List.of())) {
			if (blankToNull(details.get(key)) == null) {
				errors.add(new FieldError("details." + key, "tracking.field.required"));
			}
		}
		for (String key : DATE_DETAILS) {
			String value = blankToNull(details.get(key));
			if (value != null && !isDate(value)) {
				errors.add(new FieldError("details." + key, "tracking.field.date", value));
			}
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

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
