package tw.yankao.org.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyKind;
import tw.yankao.shared.web.InvalidInput.FieldError;

/**
 * The rules an agency must keep: a well-formed code, names in both languages, a parent of an
 * allowed kind, and an end date not before the start.
 */
final class AgencyRules {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{2,32}");

	private AgencyRules() {
	}

	/**
	 * @param parents looks an agency up by code, including those created in the same import
	 * @return the broken rules, empty when the draft is acceptable
	 */
	static List<FieldError> check(AgencyDraft draft, Function<String, Optional<Agency>> parents) {
		List<FieldError> errors = new ArrayList<>();
		if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
			errors.add(new FieldError("code", "agency.error.code", draft.code()));
		}
		if (draft.kind() == null) {
			errors.add(new FieldError("kind", "agency.error.kind"));
		}
		if (isBlank(draft.nameZh()) || draft.nameZh().length() > 120) {
			errors.add(new FieldError("nameZh", "agency.error.name-zh"));
		}
		if (isBlank(draft.nameEn()) || draft.nameEn().length() > 200) {
			errors.add(new FieldError("nameEn", "agency.error.name-en"));
		}
		if (draft.activeFrom() == null) {
			errors.add(new FieldError("activeFrom", "agency.error.active-from"));
		}
		else if (draft.activeTo() != null && draft.activeTo().isBefore(draft.activeFrom())) {
			errors.add(new FieldError("activeTo", "agency.error.active-to"));
		}
		if (draft.kind() != null) {
			checkParent(draft, parents, errors);
		}
		return errors;
	}

	private static void checkParent(AgencyDraft draft, Function<String, Optional<Agency>> parents,
			List<FieldError> errors) {
		AgencyKind kind = draft.kind();
		if (isBlank(draft.parentCode())) {
			if (kind != AgencyKind.CITY) {
				errors.add(new FieldError("parentCode", "agency.error.parent-required"));
			}
			return;
		}
		if (kind == AgencyKind.CITY) {
			errors.add(new FieldError("parentCode", "agency.error.city-has-no-parent"));
			return;
		}
		if (draft.parentCode().equals(draft.code())) {
			errors.add(new FieldError("parentCode", "agency.error.parent-self"));
			return;
		}
		Optional<Agency> parent = parents.apply(draft.parentCode());
		if (parent.isEmpty()) {
			errors.add(new FieldError("parentCode", "agency.error.parent-unknown", draft.parentCode()));
		}
		else if (!kind.allowedParents().contains(parent.get().kind())) {
			errors.add(new FieldError("parentCode", "agency.error.parent-kind", parent.get().kind().nameZh(),
					kind.nameZh()));
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
