package tw.yankao.shared.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.yankao.shared.calendar.CalendarDay;
import tw.yankao.shared.calendar.web.CalendarMonth.Cell;
import tw.yankao.shared.calendar.web.CalendarMonth.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarMonthTest {

	/** January 2030 only (a partial year): 1/1 Tuesday off, 1/5 Saturday off, 1/12 Saturday a make-up day. */
	private static final List<CalendarDay> JANUARY = januaryWith(List.of(
			new CalendarDay(LocalDate.of(2030, 1, 1), true, "測試元旦"),
			new CalendarDay(LocalDate.of(2030, 1, 12), false, "補行上班")));

	@Test
	void laysOutWeeksFromSundayWithPadding() {
		CalendarMonth january = CalendarMonth.ofYear(2030, JANUARY).get(0);
		assertThat(january.rocYear()).isEqualTo(119);
		assertThat(january.weeks()).hasSize(5).allSatisfy(week -> assertThat(week).hasSize(7));
		// 2030-01-01 is a Tuesday: Sunday and Monday of the first week are empty.
		assertThat(january.weeks().get(0)).startsWith(null, null).element(2).extracting(Cell::day).isEqualTo(LocalDate.of(2030, 1, 1));
		assertThat(january.weeks().get(4).get(4).day()).isEqualTo(LocalDate.of(2030, 1, 31));
		assertThat(january.weeks().get(4).subList(5, 7)).containsOnlyNulls();
	}

	@Test
	void marksDaysOffMakeUpDaysAndDaysWithoutData() {
		List<CalendarMonth> year = CalendarMonth.ofYear(2030, JANUARY);
		CalendarMonth january = year.get(0);
		assertThat(cell(january, 1).kind()).isEqualTo(Kind.DAY_OFF);
		assertThat(cell(january, 2).kind()).isEqualTo(Kind.WORKING_DAY);
		assertThat(cell(january, 5).kind()).isEqualTo(Kind.DAY_OFF);
		assertThat(cell(january, 12).kind()).isEqualTo(Kind.MAKE_UP_WORKING_DAY);
		assertThat(january.notedDays()).extracting(Cell::day).containsExactly(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 12));
		assertThat(year).hasSize(12);
		assertThat(year.get(1).weeks()).flatExtracting(week -> week).filteredOn(c -> c != null)
			.extracting(Cell::kind).containsOnly(Kind.NO_DATA);
		assertThat(year.get(1).notedDays()).isEmpty();
	}

	private static Cell cell(CalendarMonth month, int dayOfMonth) {
		return month.weeks().stream().flatMap(List::stream)
			.filter(c -> c != null && c.day().getDayOfMonth() == dayOfMonth).findFirst().orElseThrow();
	}

	private static List<CalendarDay> januaryWith(List<CalendarDay> special) {
		return LocalDate.of(2030, 1, 1).datesUntil(LocalDate.of(2030, 2, 1)).map(day -> special.stream()
			.filter(s -> s.day().equals(day)).findFirst()
			.orElse(new CalendarDay(day, day.getDayOfWeek().getValue() >= 6, null)))
			.toList();
	}

}
