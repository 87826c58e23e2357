package tw.yankao.tracking.council;

import java.time.LocalDate;

/**
 * What the RDEC enters for a session. A null {@code replyDueOn} takes the profile's days after the
 * session's end.
 */
public record CouncilSessionEntry(Integer term, CouncilSession.Kind kind, Integer number, LocalDate startsOn,
		LocalDate endsOn, LocalDate replyDueOn) {
}
