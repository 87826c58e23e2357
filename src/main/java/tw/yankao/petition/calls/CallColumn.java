package tw.yankao.petition.calls;

import java.util.List;

/**
 * The columns of the telephony system's call export and the header names accepted for each, in
 * one place: the Chinese name first (the one error messages use), then English aliases. Headers
 * match case-insensitively.
 */
enum CallColumn {

	CALL_ID(true, "話務編號", "call_id", "call id", "callid"),
	QUEUE(true, "佇列", "queue"),
	STARTED(true, "開始時間", "start", "started_at", "start_time"),
	ANSWERED(false, "接聽時間", "answered", "answered_at", "answer_time"),
	ENDED(true, "結束時間", "end", "ended_at", "end_time"),
	AGENT(false, "話務人員", "agent"),
	ABANDONED(true, "放棄", "abandoned");

	final boolean required;

	final List<String> names;

	CallColumn(boolean required, String... names) {
		this.required = required;
		this.names = List.of(names);
	}

	/** The Chinese header name, as errors name the column. */
	String zh() {
		return names.get(0);
	}

	/** The position of this column in {@code header}, or -1. */
	int indexIn(List<String> header) {
		for (int i = 0; i < header.size(); i++) {
			for (String name : names) {
				if (header.get(i).equalsIgnoreCase(name)) {
					return i;
				}
			}
		}
		return -1;
	}

}
