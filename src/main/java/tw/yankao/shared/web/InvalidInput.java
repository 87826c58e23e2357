package tw.yankao.shared.web;

import java.util.List;

/**
 * Input that breaks a business rule, found after the edge's bean validation. Shown to the user
 * as field errors; in the API as RFC 9457 problem details naming the field and the reason.
 */
public class InvalidInput extends RuntimeException {

	/**
	 * @param field the form or JSON field, or null when the error concerns the whole input
	 * @param messageKey the message key of the reason
	 * @param arguments the message arguments
	 */
	public record FieldError(String field, String messageKey, Object... arguments) {
	}

	private final List<FieldError> errors;

	public InvalidInput(List<FieldError> errors) {
		super(errors.stream().map(e -> e.field() + ": " + e.messageKey()).toList().toString());
		this.errors = List.copyOf(errors);
	}

	public InvalidInput(String field, String messageKey, Object... arguments) {
		this(List.of(new FieldError(field, messageKey, arguments)));
	}

	public List<FieldError> errors() {
		return errors;
	}

}
