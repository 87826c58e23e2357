package tw.yankao.audit.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.yankao.audit.AuditEntry;
import tw.yankao.audit.AuditVerification;
import tw.yankao.audit.AuditVerification.BrokenLink;
import tw.yankao.audit.AuditVerification.Problem;

/**
 * Walks the chain in id order, a batch at a time (keyset paging, so memory stays flat on any size),
 * and reports the first entry that does not check out.
 */
@Component
class ChainVerifier {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	ChainVerifier(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AuditVerification verify() {
		AuditEntry previous = null;
		long checked = 0;
		List<AuditEntry> batch = batchAfter(0);
		while (!batch.isEmpty()) {
			for (AuditEntry entry : batch) {
				BrokenLink broken = check(previous, entry);
				if (broken != null) {
					return AuditVerification.broken(checked, broken);
				}
				previous = entry;
				checked++;
			}
			batch = batchAfter(previous.id());
		}
		return AuditVerification.intact(checked);
	}

	/** The break at {@code entry}, or null; {@code previous} is null for the first entry. */
	static BrokenLink check(AuditEntry previous, AuditEntry entry) {
		long expectedId = previous == null ? 1 : previous.id() + 1;
		String expectedPrevious = previous == null ? AuditHash.GENESIS : previous.hash();
		String after = previous == null ? "the start of the chain" : "entry " + previous.id();
		if (!expectedPrevious.equals(entry.previousHash())) {
			String missing = missing(expectedId, entry.id());
			return new BrokenLink(entry.id(), Problem.PREVIOUS_HASH_MISMATCH, "previous hash does not match the hash of "
				+ after + ": an entry before it was deleted or inserted" + missing);
		}
		if (entry.id() != expectedId) {
			return new BrokenLink(entry.id(), Problem.ID_GAP, "id follows " + after + " but should be " + expectedId
				+ ": ids were changed");
		}
		if (!AuditHash.of(entry).equals(entry.hash())) {
			return new BrokenLink(entry.id(), Problem.HASH_MISMATCH,
				"hash does not match the entry's content: the entry was changed");
		}
		return null;
	}

	private static String missing(long expectedId, long id) {
		if (id <= expectedId) {
			return "";
		}
		return id == expectedId + 1 ? " (id " + expectedId + " missing)" : " (ids " + expectedId + " to " + (id - 1) + " missing)";
	}

	private List<AuditEntry> batchAfter(long id) {
		return jdbc.sql("select " + AuditEntryRows.COLUMNS + " from audit_entry where id > ? order by id limit ?")
			.params(id, BATCH)
			.query(AuditEntryRows.MAPPER)
			.list();
	}

}
