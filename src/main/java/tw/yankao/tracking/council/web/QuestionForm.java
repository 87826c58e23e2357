package tw.yankao.tracking.council.web;

import java.util.List;

import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.council.CouncilQuestionEntry;

/**
 * The RDEC's form registering a resolution or question, every field as typed. An empty deadline
 * takes the session's.
 */
record QuestionForm(String type, String number, String councillors, String subject, String text, String ownerAgencyId,
		List<Long> coAgencyIds, String replyDueOn) {

	static QuestionForm empty() {
		return new QuestionForm(TrackedItemType.COUNCILLOR_QUESTION.name(), "", "", "", "", "", List.of(), "");
	}

	/** @throws tw.yankao.shared.web.InvalidInput naming every mistyped field */
	CouncilQuestionEntry entry() {
		FormFields fields = new FormFields();
		Integer owner = fields.number("ownerAgencyId", ownerAgencyId);
		return fields.entry(new CouncilQuestionEntry(fields.choice("type", TrackedItemType.class, type), number,
				councillors, subject, text, owner == null ? null : owner.longValue(), coAgencyIds,
				fields.date("replyDueOn", replyDueOn)));
	}

}
