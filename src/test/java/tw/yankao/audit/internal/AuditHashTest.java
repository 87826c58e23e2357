package tw.yankao.audit.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tw.yankao.audit.AuditEntry;
import tw.yankao.audit.AuditVerification.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented serialisation, pinned: a change here would make every stored hash unverifiable. */
class AuditHashTest {

	private final AuditEntry first = new AuditEntry(1, Instant.parse("2020-01-31T16:00:00.000001Z"), "rdec01", 7L,
		"agency", "42", "UPDATE", null, "{\"name\":\"臺中\"}", null, AuditHash.GENESIS, null);

	@Test
	void canonicalSerialisationIsNetstringsWithDashForNull() {
		assertThat(AuditHash.canonical(first)).isEqualTo("1:1,27:2020-01-31T16:00:00.000001Z,6:rdec01,1:7,6:agency,"
			+ "2:42,6:UPDATE,-17:{\"name\":\"臺中\"},-64:" + "0".repeat(64) + ",");
	}

	@Test
	void hashIsHexSha256OfTheUtf8Serialisation() {
		// computed independently (Python hashlib) from the documented format
		assertThat(AuditHash.of(first)).isEqualTo("551c08ce837e73cdb5d7a5fb65502cf1403f1bc2385e2ad0b03ca502690dc5cc");
	}

	@Test
	void wholeSecondsStillCarrySixFractionDigits() {
		AuditEntry entry = withTime(Instant.parse("2020-01-31T16:00:00Z"));

		assertThat(AuditHash.canonical(entry)).contains("27:2020-01-31T16:00:00.000000Z,");
	}

	@Test
	void linkChecksNameTheFirstBadEntry() {
		AuditEntry good = hashed(first);
		AuditEntry second = hashed(new AuditEntry(2, first.recordedAt(), null, null, "agency", "42", "DELETE",
			"{}", null, null, good.hash(), null));

		assertThat(ChainVerifier.check(null, good)).isNull();
		assertThat(ChainVerifier.check(good, second)).isNull();
		assertThat(ChainVerifier.check(null, second).problem()).isEqualTo(Problem.PREVIOUS_HASH_MISMATCH);
		AuditEntry changed = new AuditEntry(2, second.recordedAt(), "intruder", null, "agency", "42", "DELETE", "{}",
			null, null, second.previousHash(), second.hash());
		assertThat(ChainVerifier.check(good, changed).problem()).isEqualTo(Problem.HASH_MISMATCH);
		AuditEntry renumbered = hashed(new AuditEntry(5, first.recordedAt(), null, null, "agency", "42", "DELETE",
			"{}", null, null, good.hash(), null));
		assertThat(ChainVerifier.check(good, renumbered).problem()).isEqualTo(Problem.ID_GAP);
	}

	private AuditEntry withTime(Instant time) {
		return new AuditEntry(first.id(), time, first.actor(), first.agencyId(), first.entity(), first.entityId(),
			first.action(), first.beforeJson(), first.afterJson(), first.requestId(), first.previousHash(), null);
	}

	private static AuditEntry hashed(AuditEntry e) {
		return new AuditEntry(e.id(), e.recordedAt(), e.actor(), e.agencyId(), e.entity(), e.entityId(), e.action(),
			e.beforeJson(), e.afterJson(), e.requestId(), e.previousHash(), AuditHash.of(e));
	}

}
