package tw.yankao.audit.web;

import jakarta.servlet.http.HttpServletRequest;

/** What the htmx request headers say about the response wanted. */
final class Htmx {

	/** Sent by htmx on every request it makes. */
	static final String REQUEST = "HX-Request";

	/** Sent when htmx reloads a page from history that it had not cached: it wants the whole page. */
	static final String HISTORY_RESTORE = "HX-History-Restore-Request";

	private Htmx() {
	}

	/** Whether to answer with a fragment to swap in rather than a whole page. */
	static boolean isPartial(HttpServletRequest request) {
		return "true".equals(request.getHeader(REQUEST)) && !"true".equals(request.getHeader(HISTORY_RESTORE));
	}

}
