package tw.yankao.plan.review.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tw.yankao.plan.AnnualPlanConflict;

/** A stale version in the review API: 409 problem details naming the field {@code version}. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ReviewApiController.class)
class ReviewApiConflicts {

	/** The field and the reason, as the other problems of the API give them. */
	record FieldProblem(String field, String reason) {
	}

	private final MessageSource messages;

	ReviewApiConflicts(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(AnnualPlanConflict.class)
	ProblemDetail conflict(AnnualPlanConflict ex) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setType(URI.create("https://yankao.tw/problems/conflict"));
		problem.setTitle(messages.getMessage("plan-review.conflict", null, locale));
		problem.setDetail(ex.getMessage());
		problem.setProperties(Map.of("errors",
				List.of(new FieldProblem("version", messages.getMessage("plan-review.conflict.reload", null, locale)))));
		return problem;
	}

}
