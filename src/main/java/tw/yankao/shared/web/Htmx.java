package tw.yankao.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** What the htmx request headers say about the response wanted. */
public final class Htmx {

	/** Sent by htmx on every request it makes. */
	public static final String REQUEST = "HX-Request";

	/** Sent when htmx reloads a page from history that it had not cached: it wants the whole page. */
	public static final String HISTORY_RESTORE = "HX-History-Restore-Request";

	private Htmx() {
	}

	/** Whether to answer with a fragment to swap in rather than a whole page. */
	public static boolean isPartial(HttpServletRequest request) {
		return "true".equals(request.getHeader(REQUEST)) && !"true".equals(request.getHeader(HISTORY_RESTORE));
	}

}
