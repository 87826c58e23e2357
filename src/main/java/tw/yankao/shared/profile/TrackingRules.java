package tw.yankao.shared.profile;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Rules for tracked items, tenders and control meetings (列管, 管考). Days of the month run from
 * 1 to 28 so that every month has them.
 *
 * @param tenderTrackingThreshold NT$ (yuan): tenders with a budget of this or more are tracked
 * @param progressReportDueDay day of the month by which agencies enter monthly progress
 * @param agencyControlMeetingDueDay day of the month by which agencies hold their own control meeting
 * @param engineeringReportChaseDay day of the month by which the RDEC chases missing engineering reports
 * @param executionRateLinePercent percent (0–100): agencies whose execution rate is under it report
 *        at the city control meeting
 * @param lag when an item counts as seriously behind schedule
 * @param basicDesignReviewThreshold NT$ (yuan): public works of this or more go through basic-design review
 * @param overseasTripReports when reports on overseas trips are due
 * @param council council resolutions and councillors' written questions (議會決議案, 書面質詢)
 * @param reminders the reminders (稽催) about a missing monthly progress report, in working days
 *        around the report's due day
 * @param evaluation the year-end evaluation's rubric, grades and rewards (年終考核)
 */
public record TrackingRules(
		@NotNull @PositiveOrZero Long tenderTrackingThreshold,
		@NotNull @Min(1) @Max(28) Integer progressReportDueDay,
		@NotNull @Min(1) @Max(28) Integer agencyControlMeetingDueDay,
		@NotNull @Min(1) @Max(28) Integer engineeringReportChaseDay,
		@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal executionRateLinePercent,
		@NotNull @Valid Lag lag,
		@NotNull @PositiveOrZero Long basicDesignReviewThreshold,
		@NotNull @Valid OverseasTripReports overseasTripReports,
		@NotNull @Valid Council council,
		@NotNull List<@NotNull @Valid Reminder> reminders,
		@NotNull @Valid EvaluationRules evaluation) {

	@AssertTrue(message = "reminder codes must be unique")
	public boolean isReminderCodesUnique() {
		return reminders == null || reminders.stream().filter(r -> r != null).map(Reminder::code).distinct().count()
				== reminders.stream().filter(r -> r != null).count();
	}

	/**
	 * How far actual cumulative progress trails the plan (planned − actual), in percentage
	 * points from 0 to 100.
	 *
	 * @param seriouslyBehindPoints an item this many points or more behind plan is seriously behind
	 * @param constructionSeriouslyBehindPoints the same for construction items
	 * @param procurement the national procurement rule, which agencies report against as well
	 */
	public record Lag(
			@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal seriouslyBehindPoints,
			@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal constructionSeriouslyBehindPoints,
			@NotNull @Valid ProcurementLag procurement) {
	}

	/**
	 * The procurement rule (政府採購法施行細則 §111).
	 *
	 * @param veryLargeWorksPoints percentage points: very large works this far behind are seriously behind
	 * @param otherPoints percentage points: other procurements this far behind …
	 * @param otherDays … and at least this many calendar days behind are seriously behind
	 * @param veryLargeWorksThreshold NT$ (yuan): procurements budgeted at this or more are very large works
	 */
	public record ProcurementLag(
			@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal veryLargeWorksPoints,
			@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal otherPoints,
			@NotNull @Min(0) @Max(366) Integer otherDays,
			@NotNull @PositiveOrZero Long veryLargeWorksThreshold) {
	}

	/**
	 * @param dueMonths months after return within which the trip report is due
	 * @param mainlandChinaDueMonths the same for trips to mainland China
	 */
	public record OverseasTripReports(
			@NotNull @Min(1) @Max(24) Integer dueMonths,
			@NotNull @Min(1) @Max(24) Integer mainlandChinaDueMonths) {
	}

	/**
	 * @param replyDueDays calendar days after a council session ends by which agencies reply to its
	 *        resolutions and written questions, unless a question sets its own deadline
	 */
	public record Council(@NotNull @Min(1) @Max(366) Integer replyDueDays) {
	}

	/**
	 * One reminder about a missing progress report: sent a number of working days before or after
	 * the due day (exactly one of the two), to the agency's liaisons or, for an escalation, to its head.
	 *
	 * @param code the rule's stable code, part of what makes each reminder go out once
	 * @param daysBeforeDue working days before the due day, or null
	 * @param daysAfterDue working days after the due day, or null
	 * @param escalateToHead whether the reminder goes to the agency head instead of the liaisons
	 */
	public record Reminder(
			@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String code,
			@Min(0) @Max(20) Integer daysBeforeDue,
			@Min(1) @Max(20) Integer daysAfterDue,
			@NotNull Boolean escalateToHead) {

		@AssertTrue(message = "needs exactly one of daysBeforeDue and daysAfterDue")
		public boolean isOneOffset() {
			return (daysBeforeDue == null) != (daysAfterDue == null);
		}

	}

}
