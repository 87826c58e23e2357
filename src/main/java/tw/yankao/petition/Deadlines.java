package tw.yankao.petition;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import tw.yankao.shared.profile.PetitionRules.SlaKind;

/**
 * A case's deadline from its SLA, pauses and extensions. Pure: the government calendar comes in
 * as two functions, so the rules are tested without a database.
 * <p>
 * Dispatch cases count hours around the clock: received + SLA hours + the time paused + 24 hours
 * per extension day. Petitions count working days: the SLA's working days after the day received,
 * plus the working days spent paused and the extension days; the deadline is the end of that day.
 */
public final class Deadlines {

	/** The calendar as the deadline needs it; {@code WorkingDayCalendar} offers both. */
	public interface Calendar {
		LocalDate addWorkingDays(LocalDate start, int n);

		int workingDaysBetween(LocalDate from, LocalDate to);
	}

	/** A time the case waited for the petitioner; {@code to} after {@code from}. */
	public record Pause(Instant from, Instant to) {
		public Pause {
			if (to.isBefore(from)) {
				throw new IllegalArgumentException("a pause ends after it starts");
			}
		}
	}

	/** The last moment of a due day: a petition answered any time that day is on time. */
	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final Calendar calendar;

	private final ZoneId zone;

	public Deadlines(Calendar calendar, ZoneId zone) {
		this.calendar = calendar;
		this.zone = zone;
	}

	/**
	 * @param kind how the SLA counts
	 * @param sla hours for dispatch cases, working days for petitions
	 * @param receivedAt when the case was received
	 * @param pauses the pauses that have ended
	 * @param extensionDays approved extension days, counted as the SLA counts
	 */
	public Instant deadline(SlaKind kind, int sla, Instant receivedAt, List<Pause> pauses, int extensionDays) {
		return switch (kind) {
			case DISPATCH -> receivedAt.plus(Duration.ofHours(sla))
				.plus(pauses.stream().map(p -> Duration.between(p.from(), p.to())).reduce(Duration.ZERO, Duration::plus))
				.plus(Duration.ofDays(extensionDays));
			case PETITION -> {
				int pausedDays = pauses.stream()
					.mapToInt(p -> calendar.workingDaysBetween(day(p.from()), day(p.to())))
					.sum();
				LocalDate due = calendar.addWorkingDays(day(receivedAt), sla + pausedDays + extensionDays);
				yield due.atTime(END_OF_DAY).atZone(zone).toInstant();
			}
		};
	}

	private LocalDate day(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

}
