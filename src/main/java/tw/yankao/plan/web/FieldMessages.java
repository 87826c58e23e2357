package tw.yankao.plan.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import tw.yankao.shared.web.InvalidInput;

/** The reasons of an {@link InvalidInput} by field, in the user's language, for forms that show them next to each field. */
final class FieldMessages {

	private FieldMessages() {
	}

	/** Field ({@code ""} for the whole form) to reason; two reasons for one field are joined. */
	static Map<String, String> of(InvalidInput invalid, MessageSource messages, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		invalid.errors()
			.forEach(error -> errors.merge(error.field() == null ? "" : error.field(),
					messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale),
					(a, b) -> a + " " + b));
		return errors;
	}

}
