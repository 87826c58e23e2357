package tw.yankao.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.StringJoiner;

import tw.yankao.audit.AuditQuery;
import tw.yankao.shared.time.RocDates;

/**
 * The audit log's filter, bound from the query string so that a filtered view is a shareable URL.
 * Blank text means "any"; dates are typed in ROC or ISO form and are whole days in Taipei time,
 * {@code to} included.
 */
record AuditFilterForm(String entity, String entityId, String actor, Long agencyId, String action, LocalDate from,
		LocalDate to, String requestId) {

	static AuditFilterForm empty() {
		return new AuditFilterForm(null, null, null, null, null, null, null, null);
	}

	/** Whether the period runs backwards, which no entry could match. */
	boolean periodReversed() {
		return from != null && to != null && from.isAfter(to);
	}

	AuditQuery toQuery() {
		return new AuditQuery(text(entity), text(entityId), text(actor), agencyId, text(action), startOf(from),
				to == null ? null : startOf(to.plusDays(1)), text(requestId));
	}

	/**
	 * The list's URL with these filters and the given page, relative to the context path. Only the
	 * filters that are set are written, so shared links stay short; dates in ISO form, which the
	 * date formatter reads back unchanged.
	 */
	String href(int page) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		param(query, "entity", text(entity));
		param(query, "entityId", text(entityId));
		param(query, "actor", text(actor));
		param(query, "agencyId", agencyId);
		param(query, "action", text(action));
		param(query, "from", from);
		param(query, "to", to);
		param(query, "requestId", text(requestId));
		if (page > 0) {
			param(query, "page", page);
		}
		return "/audit" + query;
	}

	// form encoding, not URI component encoding: that would leave '+' as is, which reads back as a space
	private static void param(StringJoiner query, String name, Object value) {
		if (value != null) {
			query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Instant startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(RocDates.ZONE).toInstant();
	}

}
