package tw.yankao.tracking.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;
import tw.yankao.tracking.TrackedItemType;

/**
 * Checks what the RDEC enters for sessions and questions, collecting every broken rule so that
 * the person sees all of them at once. Field names are those of the forms.
 */
final class CouncilEntryRules {

	static final int NUMBER_LENGTH = 20;
	static final int COUNCILLORS_LENGTH = 200;
	static final int SUBJECT_LENGTH = 300;

	private final LongPredicate agencyExists;

	CouncilEntryRules(LongPredicate agencyExists) {
		this.agencyExists = agencyExists;
	}

	/** @throws InvalidInput naming every bad field */
	static void check(CouncilSessionEntry entry) {
		List<FieldError> errors = new ArrayList<>();
		positive(errors, "term", entry.term());
		required(errors, "kind", entry.kind());
		positive(errors, "number", entry.number());
		required(errors, "startsOn", entry.startsOn());
		required(errors, "endsOn", entry.endsOn());
		if (entry.startsOn() != null && entry.endsOn() != null && entry.endsOn().isBefore(entry.startsOn())) {
			errors.add(new FieldError("endsOn", "council.session.ends-before-start"));
		}
		deadline(errors, entry.replyDueOn(), entry.startsOn());
		throwIfAny(errors);
	}

	/** @throws InvalidInput naming every bad field */
	void check(CouncilQuestionEntry entry, CouncilSession session) {
		List<FieldError> errors = new ArrayList<>();
		if (entry.type() != TrackedItemType.COUNCIL_RESOLUTION && entry.type() != TrackedItemType.COUNCILLOR_QUESTION) {
			errors.add(new FieldError("type", "council.field.required"));
		}
		text(errors, "number", entry.number(), NUMBER_LENGTH);
		text(errors, "councillors", entry.councillors(), COUNCILLORS_LENGTH);
		text(errors, "subject", entry.subject(), SUBJECT_LENGTH);
		text(errors, "text", entry.text(), Integer.MAX_VALUE);
		if (entry.ownerAgencyId() == null) {
			errors.add(new FieldError("ownerAgencyId", "council.field.required"));
		}
		else if (!agencyExists.test(entry.ownerAgencyId())) {
			errors.add(new FieldError("ownerAgencyId", "council.question.unknown-agency", String.valueOf(entry.ownerAgencyId())));
		}
		for (Long co : entry.coAgencies()) {
			if (co == null || !agencyExists.test(co) || co.equals(entry.ownerAgencyId())) {
				errors.add(new FieldError("coAgencyIds", "council.question.unknown-agency", String.valueOf(co)));
			}
		}
		deadline(errors, entry.replyDueOn(), session.startsOn());
		throwIfAny(errors);
	}

	private static void deadline(List<FieldError> errors, LocalDate deadline, LocalDate start) {
		if (deadline != null && start != null && deadline.isBefore(start)) {
			errors.add(new FieldError("replyDueOn", "council.deadline-before-start"));
		}
	}

	private static void text(List<FieldError> errors, String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "council.field.required"));
		}
		else if (value.strip().length() > maxLength) {
			errors.add(new FieldError(field, "council.field.too-long", maxLength));
		}
	}

	private static void positive(List<FieldError> errors, String field, Integer value) {
		if (value == null) {
			errors.add(new FieldError(field, "council.field.required"));
		}
		else if (value < 1) {
			errors.add(new FieldError(field, "council.field.positive"));
		}
	}

	private static void required(List<FieldError> errors, String field, Object value) {
		if (value == null) {
			errors.add(new FieldError(field, "council.field.required"));
		}
	}

	private static void throwIfAny(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

}
