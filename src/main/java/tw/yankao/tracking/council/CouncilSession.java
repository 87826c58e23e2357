package tw.yankao.tracking.council;

import java.time.LocalDate;

/**
 * A session of the city council (議會會期), e.g. 第4屆第2次定期會.
 *
 * @param id the id
 * @param term the council's term (屆), 1 and up
 * @param kind regular or extraordinary
 * @param number the session's number within the term and kind (第N次)
 * @param startsOn the first day (ISO date)
 * @param endsOn the last day (ISO date)
 * @param replyDueOn the reply deadline its questions get unless they set their own (ISO date)
 */
public record CouncilSession(long id, int term, Kind kind, int number, LocalDate startsOn, LocalDate endsOn,
		LocalDate replyDueOn) {

	/** 定期會 or 臨時會. */
	public enum Kind {
		REGULAR("定期會"), EXTRAORDINARY("臨時會");

		private final String nameZh;

		Kind(String nameZh) {
			this.nameZh = nameZh;
		}

		public String nameZh() {
			return nameZh;
		}
	}

	/** The session's Chinese name, e.g. {@code 第4屆第2次定期會}: the official name, also in the booklet. */
	public String nameZh() {
		return "第" + term + "屆第" + number + "次" + kind.nameZh();
	}

}
