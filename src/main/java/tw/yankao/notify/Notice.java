package tw.yankao.notify;

import java.util.List;

/**
 * What a module asks to tell people. Texts are message keys (of the sender's bundle) with their
 * arguments, so that each reader sees them in their language; arguments must hold no personal data.
 *
 * @param kind what kind of notice, e.g. {@code REMINDER}; the home inbox counts unread ones per kind
 * @param recipients user ids (org module); duplicates are sent once
 * @param subjectKey message key of the subject
 * @param bodyKey message key of the body
 * @param arguments the texts' arguments, the same for subject and body
 * @param link a path inside the application where the matter is dealt with, or null
 * @param email whether to e-mail it as well as showing it in the application
 */
public record Notice(String kind, List<Long> recipients, String subjectKey, String bodyKey, List<String> arguments,
		String link, boolean email) {

	public Notice {
		recipients = recipients.stream().distinct().toList();
		arguments = List.copyOf(arguments);
	}

}
