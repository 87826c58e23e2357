package tw.yankao.org.web;

import org.springframework.validation.BindingResult;

import tw.yankao.shared.web.InvalidInput;

/** Shows a service's {@link InvalidInput} on the form that caused it. */
final class FormErrors {

	private FormErrors() {
	}

	static void show(InvalidInput invalid, BindingResult result) {
		for (InvalidInput.FieldError error : invalid.errors()) {
			if (error.field() == null) {
				result.reject(error.messageKey(), error.arguments(), error.messageKey());
			}
			else {
				result.rejectValue(error.field(), error.messageKey(), error.arguments(), error.messageKey());
			}
		}
	}

}
