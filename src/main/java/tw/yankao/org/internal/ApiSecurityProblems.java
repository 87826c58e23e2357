package tw.yankao.org.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * For the JSON API, a missing log-in (401) or a refused one (403) is answered with RFC 9457
 * problem details instead of a redirect to the log-in page.
 */
@ConditionalOnWebApplication
@Component
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	private final MessageSource messages;
	private final LocaleResolver locales;
	private final JsonMapper json;

	ApiSecurityProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized", "unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden", "forbidden");
	}

	/** The path as a URI; characters a URI may not hold (a caller can send them) are escaped. */
	private static URI instance(String path) {
		try {
			return new URI(null, null, path, null);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleKey,
			String type) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://yankao.tw/problems/" + type));
		problem.setTitle(messages.getMessage(titleKey, null, locales.resolveLocale(request)));
		problem.setInstance(instance(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getWriter(), problem);
	}

}
