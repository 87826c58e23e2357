package tw.yankao.petition;

import java.time.Duration;
import java.time.Instant;

/** How a case stands against its deadline; pages say it in words, not only in colour. */
public enum DeadlineState {
	OVERDUE, NEAR, ON_TIME, CLOSED;

	/** Open cases due within this are near their deadline: a day's warning suits both hour and day SLAs. */
	public static final Duration NEAR_WINDOW = Duration.ofHours(24);

	public static DeadlineState of(PetitionCase c, Instant now) {
		if (!c.status().isOpen()) {
			return CLOSED;
		}
		if (now.isAfter(c.deadline())) {
			return OVERDUE;
		}
		return now.plus(NEAR_WINDOW).isAfter(c.deadline()) ? NEAR : ON_TIME;
	}
}
