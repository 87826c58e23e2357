package tw.yankao.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 9457 problem details for the JSON API: every error names the field and the reason in
 * the caller's language (zh-TW unless {@code Accept-Language} asks for English).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	/** One invalid field: the JSON property path and the reason in the caller's language. */
	record FieldProblem(String field, String reason) {
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail invalidBody(BindException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldProblem> fields = ex.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale)))
			.toList();
		return invalid(fields);
	}

	/** JSON that does not fit the request type: name the property that did not fit. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadableBody(HttpMessageNotReadableException ex) {
		String field = ex.getCause() instanceof DatabindException databind ? databind.getPath()
			.stream()
			.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
					: String.valueOf(reference.getIndex()))
			.collect(java.util.stream.Collectors.joining(".")) : null;
		String reason = messages.getMessage(field == null ? "problem.unreadable" : "problem.unreadable-field", null,
				LocaleContextHolder.getLocale());
		return invalid(List.of(new FieldProblem(field, reason)));
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalidInput(InvalidInput ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldProblem> fields = ex.errors()
			.stream()
			.map(error -> new FieldProblem(error.field(),
					messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale)))
			.toList();
		return invalid(fields);
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "problem.not-found", "not-found");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "problem.forbidden", "forbidden");
	}

	private ProblemDetail invalid(List<FieldProblem> fields) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid", "invalid-input");
		problem.setProperties(Map.of("errors", fields));
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String type) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://yankao.tw/problems/" + type));
		problem.setTitle(messages.getMessage(titleKey, null, LocaleContextHolder.getLocale()));
		return problem;
	}

}
