package tw.yankao.tracking.council.web;

import tw.yankao.tracking.council.CouncilSession;
import tw.yankao.tracking.council.CouncilSessionEntry;

/** The RDEC's form for a council session, every field as typed. */
record SessionForm(String term, String kind, String number, String startsOn, String endsOn, String replyDueOn) {

	static SessionForm empty() {
		return new SessionForm("", CouncilSession.Kind.REGULAR.name(), "", "", "", "");
	}

	/** @throws tw.yankao.shared.web.InvalidInput naming every mistyped field */
	CouncilSessionEntry entry() {
		FormFields fields = new FormFields();
		return fields.entry(new CouncilSessionEntry(fields.number("term", term),
				fields.choice("kind", CouncilSession.Kind.class, kind), fields.number("number", number),
				fields.date("startsOn", startsOn), fields.date("endsOn", endsOn), fields.date("replyDueOn", replyDueOn)));
	}

}
