package tw.yankao.tracking.reminders;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import tw.yankao.shared.profile.TrackingRules.Reminder;

/**
 * Which reminder rules are due on a day. A month's reports are due on the profile's due day of the
 * next month; a rule's day lies its number of working days before or after that. A rule is due from
 * its day on, so that a run missed (server down, holiday) is caught up by the next one: a reminder
 * before the due day until the due day itself, a reminder after it until the next month's reports
 * fall due. Sending each (rule, item, month) once is the job's business, not this class's.
 */
final class ReminderSchedule {

	/** Moves a day by working days, as {@code WorkingDayCalendar.addWorkingDays} does. */
	@FunctionalInterface
	interface WorkingDays {

		LocalDate add(LocalDate day, int workingDays);

	}

	/** A rule due for a report month. */
	record Due(Reminder rule, YearMonth period, LocalDate dueDate) {
	}

	private final List<Reminder> rules;
	private final int dueDay;
	private final WorkingDays workingDays;

	ReminderSchedule(List<Reminder> rules, int dueDay, WorkingDays workingDays) {
		this.rules = List.copyOf(rules);
		this.dueDay = dueDay;
		this.workingDays = workingDays;
	}

	/** The day a month's reports are due. */
	LocalDate dueDate(YearMonth period) {
		return period.plusMonths(1).atDay(dueDay);
	}

	/** The day the rule's reminder about the month's reports goes out. */
	LocalDate sendDate(Reminder rule, YearMonth period) {
		LocalDate due = dueDate(period);
		return rule.daysBeforeDue() != null ? workingDays.add(due, -rule.daysBeforeDue())
				: workingDays.add(due, rule.daysAfterDue());
	}

	/** The rules due on the day, for the report months whose window holds it. */
	List<Due> dueOn(LocalDate day) {
		List<Due> due = new ArrayList<>();
		YearMonth current = YearMonth.from(day);
		// the month before last is still open in the first days of a month, before the due day
		for (YearMonth period : List.of(current.minusMonths(2), current.minusMonths(1))) {
			LocalDate dueDate = dueDate(period);
			for (Reminder rule : rules) {
				LocalDate until = rule.daysBeforeDue() != null ? dueDate : dueDate(period.plusMonths(1)).minusDays(1);
				if (!day.isBefore(sendDate(rule, period)) && !day.isAfter(until)) {
					due.add(new Due(rule, period, dueDate));
				}
			}
		}
		return due;
	}

}
