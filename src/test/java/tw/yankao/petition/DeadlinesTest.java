package tw.yankao.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tw.yankao.petition.Deadlines.Pause;
import tw.yankao.shared.profile.PetitionRules.SlaKind;

class DeadlinesTest {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	/** Weekends off, and 2026-12-25 (a Friday) a holiday, as a calendar import might say. */
	private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25));

	private final Deadlines deadlines = new Deadlines(new Deadlines.Calendar() {
		@Override
		public LocalDate addWorkingDays(LocalDate start, int n) {
			LocalDate day = start;
			for (int left = n; left > 0;) {
				day = day.plusDays(1);
				if (working(day)) {
					left--;
				}
			}
			return day;
		}

		@Override
		public int workingDaysBetween(LocalDate from, LocalDate to) {
			int count = 0;
			for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
				count += working(day) ? 1 : 0;
			}
			return count;
		}
	}, TAIPEI);

	private static boolean working(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(day);
	}

	private static Instant at(String localDateTime) {
		return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
	}

	@Test
	void dispatchCountsHoursAroundTheClockThroughWeekendsAndHolidays() {
		assertThat(deadlines.deadline(SlaKind.DISPATCH, 24, at("2026-12-24T22:15:00"), List.of(), 0))
			.isEqualTo(at("2026-12-25T22:15:00"));
	}

	@Test
	void petitionCountsWorkingDaysAfterTheDayReceivedAndEndsAtTheEndOfTheDay() {
		// received Thursday 24 Dec; Friday is a holiday, then the weekend: day 1 is Mon 28, day 6 is Mon 4 Jan
		assertThat(deadlines.deadline(SlaKind.PETITION, 6, at("2026-12-24T09:00:00"), List.of(), 0))
			.isEqualTo(at("2027-01-04T23:59:59"));
	}

	@Test
	void aPetitionReceivedOnASaturdayStartsCountingOnMonday() {
		assertThat(deadlines.deadline(SlaKind.PETITION, 1, at("2026-11-28T10:00:00"), List.of(), 0))
			.isEqualTo(at("2026-11-30T23:59:59"));
	}

	@Test
	void aPauseMovesADispatchDeadlineByItsLength() {
		Pause ninetyMinutes = new Pause(at("2026-11-24T10:00:00"), at("2026-11-24T11:30:00"));
		assertThat(deadlines.deadline(SlaKind.DISPATCH, 4, at("2026-11-24T09:00:00"), List.of(ninetyMinutes), 0))
			.isEqualTo(at("2026-11-24T14:30:00"));
	}

	@Test
	void aPauseMovesAPetitionDeadlineByTheWorkingDaysItLasted() {
		// paused Friday 27 Nov to Tuesday 1 Dec: Monday and Tuesday are working days lost
		Pause pause = new Pause(at("2026-11-27T16:00:00"), at("2026-12-01T09:00:00"));
		assertThat(deadlines.deadline(SlaKind.PETITION, 6, at("2026-11-24T09:00:00"), List.of(pause), 0))
			.isEqualTo(at("2026-12-04T23:59:59"));
	}

	@Test
	void extensionDaysAreWorkingDaysForPetitionsAndWholeDaysForDispatch() {
		assertThat(deadlines.deadline(SlaKind.PETITION, 6, at("2026-11-24T09:00:00"), List.of(), 3))
			.isEqualTo(at("2026-12-07T23:59:59"));
		assertThat(deadlines.deadline(SlaKind.DISPATCH, 24, at("2026-11-24T09:00:00"), List.of(), 2))
			.isEqualTo(at("2026-11-27T09:00:00"));
	}

	@Test
	void aPauseEndingBeforeItStartsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Pause(at("2026-11-24T10:00:00"), at("2026-11-24T09:00:00")));
	}

}
