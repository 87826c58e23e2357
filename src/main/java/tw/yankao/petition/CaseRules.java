package tw.yankao.petition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tw.yankao.shared.profile.PetitionRules;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;

/**
 * Checks a new case against the city profile before anything is saved, and names every bad
 * field at once. Reasons are message keys of the {@code petition} bundle; values of personal data
 * never go into them.
 */
public final class CaseRules {

	/** Characters: the longest description accepted. */
	public static final int MAX_DESCRIPTION = 4000;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{6,18}[0-9]");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2,4})?");

	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");

	private final PetitionRules rules;

	public CaseRules(PetitionRules rules) {
		this.rules = rules;
	}

	/** @throws InvalidInput naming each bad field */
	public void check(NewCase c) {
		List<FieldError> errors = new ArrayList<>();
		if (c.idempotencyKey() != null && !IDEMPOTENCY_KEY.matcher(c.idempotencyKey()).matches()) {
			errors.add(new FieldError("idempotencyKey", "petition.error.idempotencyKey", 128));
		}
		if (c.channel() == null) {
			errors.add(new FieldError("channel", "petition.error.required"));
		}
		if (c.category() == null || rules.category(c.category()).isEmpty()) {
			errors.add(new FieldError("category", "petition.error.category"));
		}
		if (c.description() == null || c.description().isBlank()) {
			errors.add(new FieldError("description", "petition.error.required"));
		}
		else if (c.description().codePointCount(0, c.description().length()) > MAX_DESCRIPTION) {
			errors.add(new FieldError("description", "petition.error.tooLong", MAX_DESCRIPTION));
		}
		checkLocation(c.location() == null ? Location.UNKNOWN : c.location(), errors);
		checkPetitioner(c, errors);
		if (c.language() != null && !LANGUAGE.matcher(c.language()).matches()) {
			errors.add(new FieldError("language", "petition.error.language"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private void checkLocation(Location location, List<FieldError> errors) {
		if (location.district() != null && !rules.districts().contains(location.district())) {
			errors.add(new FieldError("district", "petition.error.district"));
		}
		if ((location.latitude() == null) != (location.longitude() == null)) {
			errors.add(new FieldError(location.latitude() == null ? "latitude" : "longitude", "petition.error.pointHalf"));
		}
		else if (location.hasPoint() && !rules.bounds().contains(location.latitude(), location.longitude())) {
			errors.add(new FieldError("latitude", "petition.error.outsideCity"));
		}
	}

	private static void checkPetitioner(NewCase c, List<FieldError> errors) {
		Petitioner p = c.petitioner();
		ReplyChannel reply = c.replyChannel() == null ? ReplyChannel.NONE : c.replyChannel();
		if (p == null) {
			if (reply != ReplyChannel.NONE) {
				errors.add(new FieldError("replyChannel", "petition.error.replyAnonymous"));
			}
			return;
		}
		if (p.name() == null || p.name().isBlank()) {
			errors.add(new FieldError("petitioner.name", "petition.error.required"));
		}
		if (p.phone() != null && !PHONE.matcher(p.phone()).matches()) {
			errors.add(new FieldError("petitioner.phone", "petition.error.phone"));
		}
		if (p.email() != null && !EMAIL.matcher(p.email()).matches()) {
			errors.add(new FieldError("petitioner.email", "petition.error.email"));
		}
		boolean reachable = switch (reply) {
			case NONE -> true;
			case PHONE, SMS -> p.phone() != null;
			case EMAIL -> p.email() != null;
			case POST -> p.address() != null && !p.address().isBlank();
		};
		if (!reachable) {
			errors.add(new FieldError("replyChannel", "petition.error.replyUnreachable"));
		}
	}

}
