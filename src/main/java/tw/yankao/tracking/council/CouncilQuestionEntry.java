package tw.yankao.tracking.council;

import java.time.LocalDate;
import java.util.List;

import tw.yankao.tracking.TrackedItemType;

/**
 * What the RDEC registers for a resolution or question; see {@link CouncilQuestion} for each
 * field. A null {@code replyDueOn} takes the session's deadline; null co-agencies count as none.
 */
public record CouncilQuestionEntry(TrackedItemType type, String number, String councillors, String subject,
		String text, Long ownerAgencyId, List<Long> coAgencyIds, LocalDate replyDueOn) {

	public List<Long> coAgencies() {
		return coAgencyIds == null ? List.of() : coAgencyIds;
	}

}
