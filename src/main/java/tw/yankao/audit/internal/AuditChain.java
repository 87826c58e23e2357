package tw.yankao.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.audit.AuditEntry;

/**
 * Appends entries to the end of the chain. Appends are serialised by a transaction-scoped advisory
 * lock taken before the last entry is read, so two transactions never link to the same
 * predecessor; the lock is held until the changing transaction commits or rolls back.
 */
@Component
class AuditChain {

	/** The advisory lock that serialises appends: the ASCII bytes of {@code AUDIT_LG}. */
	static final long LOCK_KEY = 0x41554449545F4C47L;

	private final JdbcClient jdbc;

	AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends a change inside the current transaction (or a new one if there is none).
	 * A transaction at REPEATABLE READ or above may read a stale end of the chain; the primary key
	 * and the unique previous hash then refuse the insert instead of forking the chain.
	 */
	@Transactional
	public AuditEntry append(Change change) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().listOfRows();
		Optional<Link> last = jdbc.sql("select id, hash from audit_entry order by id desc limit 1")
			.query((rs, row) -> new Link(rs.getLong("id"), rs.getString("hash"))).optional();
		long id = last.map(l -> l.id() + 1).orElse(1L);
		String previousHash = last.map(Link::hash).orElse(AuditHash.GENESIS);
		// read the clock under the lock, so that time never runs backwards along the chain
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		AuditEntry unhashed = change.toEntry(id, now, previousHash, null);
		AuditEntry entry = change.toEntry(id, now, previousHash, AuditHash.of(unhashed));
		insert(entry);
		return entry;
	}

	private void insert(AuditEntry e) {
		jdbc.sql("""
				insert into audit_entry (id, recorded_at, actor, agency_id, entity, entity_id, action,
				                         before_json, after_json, request_id, previous_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC), e.actor(), e.agencyId(),
				e.entity(), e.entityId(), e.action(), e.beforeJson(), e.afterJson(), e.requestId(),
				e.previousHash(), e.hash())
			.update();
	}

	private record Link(long id, String hash) {
	}

	/** A change to record: everything of an entry except its place in the chain. */
	record Change(String actor, Long agencyId, String entity, String entityId, String action, String beforeJson,
			String afterJson, String requestId) {

		// checked here rather than by the column constraints, whose error would quote the whole row,
		// personal data included, into whatever logs the exception
		Change {
			if (entity == null || entityId == null || action == null) {
				throw new IllegalArgumentException("A change needs entity, entity id and action; got entity " + entity
					+ ", action " + action);
			}
		}

		AuditEntry toEntry(long id, Instant recordedAt, String previousHash, String hash) {
			return new AuditEntry(id, recordedAt, actor, agencyId, entity, entityId, action, beforeJson, afterJson,
				requestId, previousHash, hash);
		}

	}

}
