package tw.yankao.shared.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.yankao.shared.calendar.WorkingDayCalendar;
import tw.yankao.shared.time.RocDates;

/**
 * The years administrators must be warned about: this year and next without an imported
 * calendar. Next year counts too because its calendar is published in the middle of this year,
 * and deadlines set in December already reach into it.
 */
@Component
class CalendarCoverage {

	/** A year without data, Gregorian and ROC, for messages that name both. */
	record MissingYear(int year, int rocYear) {
	}

	private final WorkingDayCalendar calendar;
	private final Clock clock;

	CalendarCoverage(WorkingDayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	/** This year and next, as far as they have no imported calendar; ascending. */
	List<MissingYear> missingYears() {
		int thisYear = LocalDate.now(clock).getYear();
		return calendar.yearsWithoutData(thisYear, thisYear + 1)
			.stream()
			.map(year -> new MissingYear(year, RocDates.toRocYear(year)))
			.toList();
	}

}
