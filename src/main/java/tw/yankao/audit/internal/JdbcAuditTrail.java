package tw.yankao.audit.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.yankao.audit.AuditEntry;
import tw.yankao.audit.AuditPage;
import tw.yankao.audit.AuditQuery;
import tw.yankao.audit.AuditTrail;
import tw.yankao.audit.AuditVerification;

/** {@link AuditTrail} over the {@code audit_entry} table. */
@Component
class JdbcAuditTrail implements AuditTrail {

	private final JdbcClient jdbc;

	private final ChainVerifier verifier;

	JdbcAuditTrail(JdbcClient jdbc, ChainVerifier verifier) {
		this.jdbc = jdbc;
		this.verifier = verifier;
	}

	@Override
	public AuditPage find(AuditQuery query, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("page must be 0 or more and size 1 to " + MAX_PAGE_SIZE
				+ ", not page " + page + " size " + size);
		}
		AuditFilter filter = AuditFilter.of(query);
		Map<String, Object> params = filter.params();
		// one more than asked for tells whether there is a next page without counting
		params.put("limit", size + 1);
		params.put("offset", (long) page * size);
		List<AuditEntry> entries = jdbc.sql("select " + AuditEntryRows.COLUMNS + " from audit_entry"
				+ filter.whereClause() + " order by id desc limit :limit offset :offset")
			.params(params)
			.query(AuditEntryRows.MAPPER)
			.list();
		boolean hasNext = entries.size() > size;
		return new AuditPage(hasNext ? entries.subList(0, size) : entries, page, size, hasNext);
	}

	@Override
	public Optional<AuditEntry> entry(long id) {
		return jdbc.sql("select " + AuditEntryRows.COLUMNS + " from audit_entry where id = ?")
			.param(id)
			.query(AuditEntryRows.MAPPER)
			.optional();
	}

	@Override
	public AuditVerification verify() {
		return verifier.verify();
	}

}
