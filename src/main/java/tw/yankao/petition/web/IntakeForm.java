package tw.yankao.petition.web;

import tw.yankao.petition.Channel;
import tw.yankao.petition.Location;
import tw.yankao.petition.NewCase;
import tw.yankao.petition.Petitioner;
import tw.yankao.petition.ReplyChannel;

/**
 * The 1999 agent's intake form. Blank fields are absent; an empty name makes the case anonymous.
 * {@code idempotencyKey} is issued with the form, so a double submit creates one case.
 */
record IntakeForm(String idempotencyKey, String category, Boolean inquiry, String description, String address,
		String district, Double latitude, Double longitude, String name, String phone, String email,
		String petitionerAddress, ReplyChannel replyChannel, String language) {

	static IntakeForm empty(String key) {
		return new IntakeForm(key, null, null, null, null, null, null, null, null, null, null, null, ReplyChannel.PHONE, "zh-TW");
	}

	NewCase toNewCase() {
		Petitioner petitioner = blank(name) ? null
				: new Petitioner(name.strip(), trimmed(phone), trimmed(email), trimmed(petitionerAddress));
		return new NewCase(trimmed(idempotencyKey), Channel.PHONE_1999, trimmed(category), Boolean.TRUE.equals(inquiry), description,
				new Location(trimmed(address), trimmed(district), latitude, longitude), petitioner,
				petitioner == null ? ReplyChannel.NONE : replyChannel, trimmed(language));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trimmed(String s) {
		return blank(s) ? null : s.strip();
	}
}
