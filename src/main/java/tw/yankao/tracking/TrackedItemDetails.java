package tw.yankao.tracking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tw.yankao.shared.profile.TrackingRules;
import tw.yankao.shared.web.InvalidInput.FieldError;

import static tw.yankao.tracking.DetailField.Kind.AMOUNT;
import static tw.yankao.tracking.DetailField.Kind.COMPUTED_DATE;
import static tw.yankao.tracking.DetailField.Kind.DATE;
import static tw.yankao.tracking.DetailField.Kind.TEXT;
import static tw.yankao.tracking.DetailField.Kind.YES_NO;
import static tw.yankao.tracking.DetailField.optional;
import static tw.yankao.tracking.DetailField.required;

/**
 * The one place that says which type-specific fields ({@link TrackedItem#details()}) each type of
 * tracked item has, checks them and works out the computed ones: an overseas trip's report is due the
 * profile's months after return (Taichung: 3, 1 for mainland China). Fields other code adds (such as a
 * tender's award amount from the import) are kept as they are.
 */
public final class TrackedItemDetails {

	/** Key of the computed due date of an overseas trip report (ISO date). */
	public static final String REPORT_DUE_DATE = "reportDueDate";

	private static final Map<TrackedItemType, List<DetailField>> FIELDS = Map.ofEntries(
			Map.entry(TrackedItemType.TENDER, List.of(optional("awardAmount", AMOUNT))),
			Map.entry(TrackedItemType.MAYORS_COMMITMENT, List.of(required("source", TEXT))),
			Map.entry(TrackedItemType.COUNCIL_RESOLUTION, List.of(required("councilSession", TEXT), required("replyDeadline", DATE))),
			Map.entry(TrackedItemType.COUNCILLOR_QUESTION, List.of(required("councilSession", TEXT), required("replyDeadline", DATE))),
			Map.entry(TrackedItemType.CITY_MEETING_INSTRUCTION, List.of(optional("meetingDate", DATE))),
			Map.entry(TrackedItemType.SECURITY_MEETING_DECISION, List.of(optional("meetingSession", TEXT))),
			Map.entry(TrackedItemType.OVERSEAS_TRIP_REPORT, List.of(required("returnDate", DATE), optional("destination", TEXT),
					optional("mainlandChina", YES_NO), optional(REPORT_DUE_DATE, COMPUTED_DATE))),
			Map.entry(TrackedItemType.REGIONAL_COOPERATION, List.of(optional("partnerCities", TEXT))),
			Map.entry(TrackedItemType.BASIC_INFRASTRUCTURE_SUBSIDY, List.of(optional("centralMinistry", TEXT))),
			Map.entry(TrackedItemType.ROAD_SAFETY_RECOMMENDATION, List.of(optional("reviewNumber", TEXT))));

	private final TrackingRules.OverseasTripReports tripReports;

	public TrackedItemDetails(TrackingRules.OverseasTripReports tripReports) {
		this.tripReports = tripReports;
	}

	/** The type's fields in form order, computed ones included. */
	public static List<DetailField> of(TrackedItemType type) {
		return FIELDS.getOrDefault(type, List.of());
	}

	/** Every type's fields, for forms that switch type on the page. */
	public static Map<TrackedItemType, List<DetailField>> all() {
		return FIELDS;
	}

	/** Adds an error for each required field missing and each value not of its field's kind. */
	void check(TrackedItemType type, Map<String, String> details, List<FieldError> errors) {
		for (DetailField field : of(type)) {
			String value = TrackedItemRules.blankToNull(details.get(field.key()));
			if (value == null && field.required()) {
				errors.add(new FieldError("details." + field.key(), "tracking.field.required"));
			}
			else if (value != null && field.isEntered() && !field.kind().accepts(value)) {
				errors.add(new FieldError("details." + field.key(),
						field.kind() == DATE ? "tracking.field.date" : "tracking.detail.bad-value", value));
			}
		}
	}

	/** The details without blank values and with the computed fields worked out. */
	public Map<String, String> complete(TrackedItemType type, Map<String, String> details) {
		Map<String, String> completed = new LinkedHashMap<>();
		details.forEach((key, value) -> {
			if (TrackedItemRules.blankToNull(value) != null) {
				completed.put(key, value.strip());
			}
		});
		if (type == TrackedItemType.OVERSEAS_TRIP_REPORT && DATE.accepts(completed.getOrDefault("returnDate", ""))) {
			boolean mainland = "true".equals(completed.get("mainlandChina"));
			LocalDate returned = LocalDate.parse(completed.get("returnDate"));
			completed.put(REPORT_DUE_DATE,
					returned.plusMonths(mainland ? tripReports.mainlandChinaDueMonths() : tripReports.dueMonths()).toString());
		}
		return completed;
	}

}
