package tw.yankao.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The calendar's arithmetic over the synthetic fixtures, without a database. */
class WorkingDayCalendarTest {

	private final AtomicInteger loads = new AtomicInteger();

	private final WorkingDayCalendar calendar = new WorkingDayCalendar(this::load);

	@Test
	void makeUpSaturdayIsAWorkingDay() {
		assertThat(calendar.isWorkingDay(date("2030-02-16"))).isTrue();
		assertThat(calendar.isWorkingDay(date("2030-02-23"))).isFalse();
		assertThat(calendar.addWorkingDays(date("2030-02-15"), 1)).isEqualTo(date("2030-02-16"));
		assertThat(calendar.addWorkingDays(date("2030-02-18"), -1)).isEqualTo(date("2030-02-16"));
	}

	@Test
	void skipsALongHolidayRun() {
		for (LocalDate day = date("2030-02-02"); !day.isAfter(date("2030-02-10")); day = day.plusDays(1)) {
			assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
		}
		assertThat(calendar.addWorkingDays(date("2030-02-01"), 1)).isEqualTo(date("2030-02-11"));
		assertThat(calendar.addWorkingDays(date("2030-02-05"), 1)).isEqualTo(date("2030-02-11"));
		assertThat(calendar.addWorkingDays(date("2030-02-11"), -1)).isEqualTo(date("2030-02-01"));
		assertThat(calendar.workingDaysBetween(date("2030-02-01"), date("2030-02-11"))).isEqualTo(1);
		assertThat(calendar.workingDaysBetween(date("2030-02-01"), date("2030-02-10"))).isZero();
	}

	@Test
	void crossesIntoAYearWithData() {
		assertThat(calendar.addWorkingDays(date("2030-12-30"), 1)).isEqualTo(date("2031-01-03"));
		assertThat(calendar.addWorkingDays(date("2031-01-03"), -1)).isEqualTo(date("2030-12-30"));
		assertThat(calendar.workingDaysBetween(date("2030-12-27"), date("2031-01-06"))).isEqualTo(3);
	}

	@Test
	void crossesIntoAYearWithoutDataUsingTheWeekendRule() {
		assertThat(calendar.hasDataFor(2032)).isFalse();
		// The fallback knows no holidays: New Year's Day 2032 (a Thursday) counts as a working day.
		assertThat(calendar.addWorkingDays(date("2031-12-31"), 1)).isEqualTo(date("2032-01-01"));
		assertThat(calendar.addWorkingDays(date("2031-12-31"), 3)).isEqualTo(date("2032-01-05"));
		assertThat(calendar.isWorkingDay(date("2032-01-03"))).isFalse();
		assertThat(calendar.addWorkingDays(date("2029-12-31"), 1)).isEqualTo(date("2030-01-02"));
	}

	@Test
	void partialYearFollowsTheWeekendRuleOutsideTheFile() {
		assertThat(calendar.hasDataFor(2034)).isTrue();
		assertThat(calendar.isWorkingDay(date("2034-12-19"))).isTrue();
		assertThat(calendar.isWorkingDay(date("2035-01-02"))).isFalse();
		assertThat(calendar.isWorkingDay(date("2035-01-11"))).isTrue();
		assertThat(calendar.isWorkingDay(date("2035-01-13"))).isFalse();
		assertThat(calendar.addWorkingDays(date("2034-12-29"), 1)).isEqualTo(date("2035-01-03"));
	}

	@Test
	void zeroMeansThisOrTheNextWorkingDay() {
		assertThat(calendar.addWorkingDays(date("2030-02-12"), 0)).isEqualTo(date("2030-02-12"));
		assertThat(calendar.addWorkingDays(date("2030-02-02"), 0)).isEqualTo(date("2030-02-11"));
		assertThat(calendar.addWorkingDays(date("2030-02-16"), 0)).isEqualTo(date("2030-02-16"));
	}

	@Test
	void betweenIsHalfOpenAndInvertsAddWorkingDays() {
		assertThat(calendar.workingDaysBetween(date("2030-03-08"), date("2030-03-11"))).isEqualTo(1);
		assertThat(calendar.workingDaysBetween(date("2030-03-11"), date("2030-03-11"))).isZero();
		assertThat(calendar.workingDaysBetween(date("2030-03-12"), date("2030-03-11"))).isZero();
		for (LocalDate start = date("2030-01-25"); start.isBefore(date("2030-02-20")); start = start.plusDays(1)) {
			for (int n = 1; n <= 20; n++) {
				LocalDate end = calendar.addWorkingDays(start, n);
				assertThat(calendar.workingDaysBetween(start, end)).as(start + " + " + n).isEqualTo(n);
				assertThat(calendar.isWorkingDay(end)).isTrue();
			}
		}
	}

	@Test
	void listsYearsWithoutData() {
		assertThat(calendar.yearsWithoutData(2029, 2033)).containsExactly(2029, 2032, 2033);
		assertThat(calendar.yearsWithoutData(2030, 2031)).isEmpty();
		assertThat(calendar.yearsWithoutData(2031, 2030)).isEmpty();
	}

	@Test
	void loadsEachYearOnceUntilForgotten() {
		calendar.isWorkingDay(date("2030-01-01"));
		calendar.workingDaysBetween(date("2030-01-01"), date("2030-12-31"));
		assertThat(loads).hasValue(1);
		calendar.forget(List.of(2030));
		calendar.isWorkingDay(date("2030-01-01"));
		assertThat(loads).hasValue(2);
	}

	@Test
	void refusesAbsurdDistances() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(date("2030-01-01"), Integer.MIN_VALUE));
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(date("2030-01-01"), WorkingDayCalendar.MAX_WORKING_DAYS + 1));
	}

	private CalendarYearDays load(int year) {
		loads.incrementAndGet();
		List<CalendarDay> days = FIXTURE_YEARS.get(year);
		return days == null ? CalendarYearDays.fallback(year) : CalendarYearDays.imported(year, days);
	}

	private static final Map<Integer, List<CalendarDay>> FIXTURE_YEARS = fixtureYears();

	private static Map<Integer, List<CalendarDay>> fixtureYears() {
		Map<Integer, List<CalendarDay>> years = new HashMap<>();
		for (String fixture : List.of(CalendarFixtures.YEAR_2030, CalendarFixtures.YEAR_2031_BIG5, CalendarFixtures.DEC_2034_TO_JAN_2035)) {
			years.putAll(CalendarCsv.parse(CalendarFixtures.bytes(fixture)).byYear());
		}
		return years;
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
