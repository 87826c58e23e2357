package tw.yankao.shared.profile;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns Jackson's and the validator's complaints into problems that name the full key. */
final class ProfileProblems {

	private static final Set<Class<?>> PRESENCE_CONSTRAINTS = Set.of(NotNull.class, NotEmpty.class, NotBlank.class);

	private ProfileProblems() {
	}

	static CityProfileException.Problem of(JacksonException ex) {
		String key = key(ex.getPath());
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return new CityProfileException.Problem(key, "unknown key; known keys here: " + known(unknown.getKnownPropertyIds()));
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return new CityProfileException.Problem(key, wrongType(mismatch));
		}
		if (ex instanceof StreamReadException && ex.getLocation() != null) {
			return new CityProfileException.Problem(key, "not valid YAML at line " + ex.getLocation().getLineNr()
				+ ": " + ex.getOriginalMessage());
		}
		return new CityProfileException.Problem(key, ex.getOriginalMessage());
	}

	static List<CityProfileException.Problem> of(Set<? extends ConstraintViolation<?>> violations) {
		return violations.stream().map(ProfileProblems::of)
			.sorted(Comparator.comparing(CityProfileException.Problem::key))
			.toList();
	}

	private static CityProfileException.Problem of(ConstraintViolation<?> violation) {
		String key = key(violation.getPropertyPath());
		Object value = violation.getInvalidValue();
		Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
		if (value == null && PRESENCE_CONSTRAINTS.contains(constraint)) {
			return new CityProfileException.Problem(key, "missing required key (or no value)");
		}
		boolean showValue = value instanceof Number || value instanceof CharSequence;
		return new CityProfileException.Problem(key,
			(showValue ? "invalid value " + value + ": " : "") + violation.getMessage());
	}

	private static String wrongType(MismatchedInputException ex) {
		String found = ex instanceof InvalidFormatException format ? ", found '" + format.getValue() + "'" : "";
		return "wrong type: expected " + describe(ex.getTargetType()) + found;
	}

	private static String describe(Class<?> type) {
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return "text";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (ZoneId.class.isAssignableFrom(type)) {
			return "a time zone id such as Asia/Taipei";
		}
		if (type.isRecord() || Map.class.isAssignableFrom(type)) {
			return "a section of keys";
		}
		return type.getSimpleName();
	}

	private static String known(Collection<Object> keys) {
		return keys == null ? "?" : keys.stream().map(String::valueOf).sorted().toList().toString();
	}

	private static String key(List<JacksonException.Reference> path) {
		StringBuilder key = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				appendName(key, reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				key.append('[').append(reference.getIndex()).append(']');
			}
		}
		return key.toString();
	}

	private static String key(Path path) {
		StringBuilder key = new StringBuilder();
		for (Path.Node node : path) {
			// the validator puts a list index on the node after the list, e.g. [1] on workingDays
			if (node.isInIterable()) {
				key.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
			}
			// container-element nodes are named like "<list element>": the index already says it
			if (node.getName() != null && !node.getName().startsWith("<")) {
				appendName(key, node.getName());
			}
		}
		return key.toString();
	}

	private static void appendName(StringBuilder key, String name) {
		if (!key.isEmpty()) {
			key.append('.');
		}
		key.append(name);
	}

}
