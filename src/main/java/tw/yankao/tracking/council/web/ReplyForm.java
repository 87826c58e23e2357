package tw.yankao.tracking.council.web;

import tw.yankao.tracking.council.CouncilQuestion;

/**
 * The liaison's reply, with the version it was read at; {@code action} is {@code draft} or
 * {@code submit}.
 */
record ReplyForm(String reply, Integer version, String action) {

	static ReplyForm of(CouncilQuestion question) {
		return new ReplyForm(question.replyText() == null ? "" : question.replyText(), question.version(), "draft");
	}

	boolean submit() {
		return "submit".equals(action);
	}

}
