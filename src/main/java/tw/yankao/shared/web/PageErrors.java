package tw.yankao.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * For pages, a missing record is a 404 page and a malformed request a 400 page, rather than
 * the 500 that an unhandled exception would give.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	private static final String VIEW = "error";

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class,
			MissingServletRequestParameterException.class, InvalidInput.class })
	ModelAndView badRequest() {
		return page(HttpStatus.BAD_REQUEST);
	}

	private static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView(VIEW, status);
		page.addObject("status", status.value());
		return page;
	}

}
