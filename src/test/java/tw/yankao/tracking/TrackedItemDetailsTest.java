package tw.yankao.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tw.yankao.shared.profile.TrackingRules;
import tw.yankao.shared.web.InvalidInput.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/** Type-specific fields: an overseas trip report's due date from the profile, and bad values named. */
class TrackedItemDetailsTest {

	private final TrackedItemDetails details = new TrackedItemDetails(new TrackingRules.OverseasTripReports(3, 1));

	@Test
	void aTripReportIsDueThreeMonthsAfterReturnOneForMainlandChina() {
		assertThat(details.complete(TrackedItemType.OVERSEAS_TRIP_REPORT,
				Map.of("returnDate", "1994-11-30", "destination", "日本東京")))
			.containsEntry(TrackedItemDetails.REPORT_DUE_DATE, "1995-02-28");
		assertThat(details.complete(TrackedItemType.OVERSEAS_TRIP_REPORT,
				Map.of("returnDate", "1994-11-30", "mainlandChina", "true")))
			.containsEntry(TrackedItemDetails.REPORT_DUE_DATE, "1994-12-30");
		// the profile decides
		assertThat(new TrackedItemDetails(new TrackingRules.OverseasTripReports(2, 1))
			.complete(TrackedItemType.OVERSEAS_TRIP_REPORT, Map.of("returnDate", "1994-11-30")))
			.containsEntry(TrackedItemDetails.REPORT_DUE_DATE, "1995-01-30");
	}

	@Test
	void blankValuesAreDroppedAndOtherTypesGetNoDueDate() {
		assertThat(details.complete(TrackedItemType.REGIONAL_COOPERATION, Map.of("partnerCities", " 彰化縣、南投縣 ", "x", " ")))
			.containsExactly(Map.entry("partnerCities", "彰化縣、南投縣"));
	}

	@Test
	void everyMissingOrBadFieldIsNamed() {
		List<FieldError> errors = new ArrayList<>();
		details.check(TrackedItemType.OVERSEAS_TRIP_REPORT, Map.of("mainlandChina", "maybe"), errors);
		details.check(TrackedItemType.TENDER, Map.of("awardAmount", "-5"), errors);
		details.check(TrackedItemType.CITY_MEETING_INSTRUCTION, Map.of("meetingDate", "1994-02-30"), errors);
		assertThat(errors).extracting(FieldError::field, FieldError::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple("details.returnDate", "tracking.field.required"),
				org.assertj.core.groups.Tuple.tuple("details.mainlandChina", "tracking.detail.bad-value"),
				org.assertj.core.groups.Tuple.tuple("details.awardAmount", "tracking.detail.bad-value"),
				org.assertj.core.groups.Tuple.tuple("details.meetingDate", "tracking.field.date"));
	}

	@Test
	void everyTypeHasItsFieldsInOnePlace() {
		assertThat(TrackedItemDetails.of(TrackedItemType.MAYORS_COMMITMENT)).extracting(DetailField::key).containsExactly("source");
		assertThat(TrackedItemDetails.of(TrackedItemType.OVERSEAS_TRIP_REPORT)).filteredOn(DetailField::isEntered)
			.extracting(DetailField::key).containsExactly("returnDate", "destination", "mainlandChina");
		assertThat(TrackedItemDetails.of(TrackedItemType.SPECIAL_PROJECT)).isEmpty();
	}

}
