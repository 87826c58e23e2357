package tw.yankao.tracking.reminders;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tw.yankao.shared.profile.CityProfileLoader;
import tw.yankao.shared.profile.TrackingRules.Reminder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which reminder fires on which day, for Taichung's rules (reports due on the 5th; 2 working days
 * before, 1 after, escalation 5 after) with 2026-11-04 made a holiday to show the days are working days.
 */
class ReminderScheduleTest {

	private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 11, 4));

	private final List<Reminder> rules = new CityProfileLoader().loadCity("taichung").tracking().reminders();

	private final ReminderSchedule schedule = new ReminderSchedule(rules, 5, ReminderScheduleTest::addWorkingDays);

	@Test
	void taichungHasABeforeAnAfterAndAnEscalationRule() {
		assertThat(rules).extracting(Reminder::code).containsExactly("BEFORE_DUE", "AFTER_DUE", "ESCALATION");
		assertThat(rules).filteredOn(Reminder::escalateToHead).extracting(Reminder::code).containsExactly("ESCALATION");
	}

	@Test
	void sendDatesCountWorkingDaysAroundTheDueDaySkippingHolidaysAndWeekends() {
		YearMonth october = YearMonth.of(2026, 10);
		assertThat(schedule.dueDate(october)).isEqualTo("2026-11-05");
		// the 4th is a holiday: two working days before the 5th are the 3rd and the 2nd
		assertThat(schedule.sendDate(rule("BEFORE_DUE"), october)).isEqualTo("2026-11-02");
		assertThat(schedule.sendDate(rule("AFTER_DUE"), october)).isEqualTo("2026-11-06");
		// 6 (Fri), 9, 10, 11, 12: the weekend does not count
		assertThat(schedule.sendDate(rule("ESCALATION"), october)).isEqualTo("2026-11-12");
	}

	@Test
	void eachRuleIsDueFromItsDayUntilItsWindowCloses() {
		assertThat(due("2026-10-30")).containsExactlyInAnyOrder("AFTER_DUE@2026-09", "ESCALATION@2026-09");
		assertThat(due("2026-11-02")).containsExactlyInAnyOrder("AFTER_DUE@2026-09", "ESCALATION@2026-09",
				"BEFORE_DUE@2026-10");
		// September's window closes the day before October's reports fall due
		assertThat(due("2026-11-05")).containsExactly("BEFORE_DUE@2026-10");
		assertThat(due("2026-11-06")).containsExactly("AFTER_DUE@2026-10");
		assertThat(due("2026-11-11")).containsExactly("AFTER_DUE@2026-10");
		assertThat(due("2026-11-12")).containsExactlyInAnyOrder("AFTER_DUE@2026-10", "ESCALATION@2026-10");
	}

	@Test
	void aReminderBeforeTheDueDayIsNotSentOnceTheDayHasPassed() {
		assertThat(due("2026-11-06")).doesNotContain("BEFORE_DUE@2026-10");
	}

	private List<String> due(String day) {
		return schedule.dueOn(LocalDate.parse(day)).stream().map(d -> d.rule().code() + "@" + d.period()).toList();
	}

	private Reminder rule(String code) {
		return rules.stream().filter(rule -> rule.code().equals(code)).findFirst().orElseThrow();
	}

	private static LocalDate addWorkingDays(LocalDate start, int n) {
		int step = n > 0 ? 1 : -1;
		LocalDate day = start;
		for (int remaining = Math.abs(n); remaining > 0;) {
			day = day.plusDays(step);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(day)) {
				remaining--;
			}
		}
		return day;
	}

}
