package tw.yankao.plan.review.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import tw.yankao.plan.AnnualPlanConflict;
import tw.yankao.shared.web.InvalidInput;

/**
 * On the review's pages a refused step is explained on a page of its own with a way back: 409
 * when someone changed the plan meanwhile (reload and decide again), 400 naming the field.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = { ReviewPageController.class, CompilationController.class })
class ReviewPageProblems {

	private static final String VIEW = "plan/review/problem";

	@ExceptionHandler(AnnualPlanConflict.class)
	ModelAndView conflict(HttpServletRequest request) {
		ModelAndView page = page(HttpStatus.CONFLICT, request);
		page.addObject("messageKey", "plan-review.conflict.reload");
		return page;
	}

	@ExceptionHandler(InvalidInput.class)
	ModelAndView invalid(InvalidInput ex, HttpServletRequest request) {
		ModelAndView page = page(HttpStatus.BAD_REQUEST, request);
		page.addObject("errors", ex.errors());
		return page;
	}

	private static ModelAndView page(HttpStatus status, HttpServletRequest request) {
		ModelAndView page = new ModelAndView(VIEW, status);
		// back to the page the form was on: the step's URL minus its last segment
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		page.addObject("back", uri.substring(0, uri.lastIndexOf('/')));
		page.addObject("status", status.value());
		return page;
	}

}
