package tw.yankao.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tw.yankao.audit.AuditQuery;

/** The SQL {@code where} clause and parameters for an {@link AuditQuery}: one condition per filter set. */
final class AuditFilter {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new LinkedHashMap<>();

	private AuditFilter() {
	}

	static AuditFilter of(AuditQuery query) {
		AuditFilter filter = new AuditFilter();
		filter.add("entity = :entity", "entity", query.entity());
		filter.add("entity_id = :entityId", "entityId", query.entityId());
		filter.add("actor = :actor", "actor", query.actor());
		filter.add("agency_id = :agencyId", "agencyId", query.agencyId());
		filter.add("action = :action", "action", query.action());
		filter.add("recorded_at >= :from", "from", utc(query.from()));
		filter.add("recorded_at < :to", "to", utc(query.to()));
		filter.add("request_id = :requestId", "requestId", query.requestId());
		return filter;
	}

	/** {@code " where a = :a and …"}, or empty without filters. */
	String whereClause() {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	/** The named parameters of {@link #whereClause()}; a copy, to add paging parameters to. */
	Map<String, Object> params() {
		return new LinkedHashMap<>(params);
	}

	private void add(String condition, String name, Object value) {
		if (value != null) {
			conditions.add(condition);
			params.put(name, value);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
