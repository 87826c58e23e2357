package tw.yankao.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.cli.CliCommand;
import tw.yankao.shared.security.Role;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log against a real PostgreSQL. The table may hold entries of other test classes (with
 * YANKAO_DB_URL the database is shared), so every test marks its own entries with a fresh entity id,
 * and tests that tamper with the table put it back before they end. It runs in the web tests' shared
 * context (the security set-up needs a web application) and signs the actor in as the web layer does.
 */
@YankaoWebTest
class AuditLogTest {

	private static final String ENTITY = "audit-test";

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<CliCommand> commands;

	private final String marker = UUID.randomUUID().toString();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
		MDC.remove("requestId");
	}

	@Test
	void changeInATransactionIsRecordedWithActorAgencyAndRequestId() {
		signIn(new CurrentUser(3, "rdec01", 7L, Set.of(Role.RDEC_STAFF)));
		String requestId = "req-" + marker;
		MDC.put("requestId", requestId);
		Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);

		inTransaction(() -> events.publishEvent(DataChanged.updated(ENTITY, marker,
			Map.of("name", "舊名"), new Sample("新名", LocalDate.of(2020, 1, 31), Instant.parse("2020-02-01T01:02:03Z")))));

		AuditPage page = trail.find(AuditQuery.all().withRequestId(requestId), 0, 10);
		assertThat(page.entries()).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("rdec01");
			assertThat(entry.agencyId()).isEqualTo(7L);
			assertThat(entry.entity()).isEqualTo(ENTITY);
			assertThat(entry.entityId()).isEqualTo(marker);
			assertThat(entry.action()).isEqualTo("UPDATE");
			assertThat(entry.beforeJson()).isEqualTo("{\"name\":\"舊名\"}");
			assertThat(entry.afterJson()).contains("\"name\":\"新名\"", "\"due\":\"2020-01-31\"", "\"at\":\"2020-02-01T01:02:03Z\"");
			assertThat(entry.recordedAt()).isBetween(before, Instant.now());
			assertThat(entry.hash()).matches("[0-9a-f]{64}").isNotEqualTo(entry.previousHash());
		});
		assertThat(page.hasNext()).isFalse();
		assertThat(trail.find(AuditQuery.ofRecord(ENTITY, marker).withActor("rdec01").withAgencyId(7L)
			.withAction("UPDATE").withPeriod(before, null), 0, 10).entries()).hasSize(1);
		assertThat(trail.find(AuditQuery.ofRecord(ENTITY, marker).withActor("someone-else"), 0, 10).entries()).isEmpty();
	}

	@Test
	void changeWithoutSignedInUserIsRecordedWithoutActor() {
		inTransaction(() -> events.publishEvent(DataChanged.created(ENTITY, marker, Map.of("n", 1))));

		assertThat(onlyEntry()).satisfies(entry -> {
			assertThat(entry.actor()).isNull();
			assertThat(entry.agencyId()).isNull();
			assertThat(entry.requestId()).isNull();
			assertThat(entry.beforeJson()).isNull();
		});
	}

	@Test
	void rolledBackTransactionLeavesNoEntry() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(DataChanged.created(ENTITY, marker, Map.of("n", 1)));
			status.setRollbackOnly();
		});

		assertThat(trail.find(AuditQuery.ofRecord(ENTITY, marker), 0, 10).entries()).isEmpty();
	}

	@Test
	void triggerRefusesUpdateDeleteAndTruncate() {
		long id = onlyEntryAfter(() -> events.publishEvent(DataChanged.created(ENTITY, marker, Map.of("n", 1)))).id();

		assertRefused("update audit_entry set actor = 'intruder' where id = " + id);
		assertRefused("delete from audit_entry where id = " + id);
		assertRefused("truncate audit_entry");
		assertThat(trail.entry(id)).get().extracting(AuditEntry::actor).isNull();
	}

	@Test
	void intactChainVerifies() {
		appendEntries(3);

		AuditVerification result = trail.verify();

		assertThat(result.isIntact()).as("%s", result.brokenLink()).isTrue();
		assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(3);
		assertThat(runVerifyCommand()).isEqualTo("0 OK: " + result.entriesChecked() + " entries");
	}

	@Test
	void changedEntryIsReportedExactly() {
		List<AuditEntry> entries = appendEntries(3);
		AuditEntry middle = entries.get(1);
		try {
			withoutAppendOnlyTrigger("update audit_entry set after_json = '{\"n\":999}' where id = ?", middle.id());

			AuditVerification result = trail.verify();

			assertThat(result.brokenLink()).isNotNull();
			assertThat(result.brokenLink().entryId()).isEqualTo(middle.id());
			assertThat(result.brokenLink().problem()).isEqualTo(AuditVerification.Problem.HASH_MISMATCH);
			assertThat(result.entriesChecked()).isEqualTo(middle.id() - 1);
			assertThat(runVerifyCommand()).startsWith("1 BROKEN at entry " + middle.id() + ": hash does not match");
		}
		finally {
			withoutAppendOnlyTrigger("update audit_entry set after_json = ? where id = ?", middle.afterJson(), middle.id());
		}
		assertThat(trail.verify().isIntact()).isTrue();
	}

	@Test
	void deletedEntryIsReportedAtTheNextOne() {
		List<AuditEntry> entries = appendEntries(3);
		AuditEntry middle = entries.get(1);
		try {
			withoutAppendOnlyTrigger("delete from audit_entry where id = ?", middle.id());

			AuditVerification result = trail.verify();

			assertThat(result.brokenLink()).isNotNull();
			assertThat(result.brokenLink().entryId()).isEqualTo(entries.get(2).id());
			assertThat(result.brokenLink().problem()).isEqualTo(AuditVerification.Problem.PREVIOUS_HASH_MISMATCH);
			assertThat(result.brokenLink().detail()).contains("id " + middle.id() + " missing");
		}
		finally {
			if (trail.entry(middle.id()).isEmpty()) {
				reinsert(middle);
			}
		}
		assertThat(trail.verify().isIntact()).isTrue();
	}

	@Test
	void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
		int threads = 4;
		int perThread = 10;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				done.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < perThread; i++) {
						inTransaction(() -> events.publishEvent(DataChanged.created(ENTITY, marker, Map.of("n", 1))));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(trail.find(AuditQuery.ofRecord(ENTITY, marker), 0, 100).entries()).hasSize(threads * perThread);
		AuditVerification result = trail.verify();
		assertThat(result.isIntact()).as("%s", result.brokenLink()).isTrue();
	}

	@Test
	void pagesAreNewestFirst() {
		List<AuditEntry> entries = appendEntries(3);

		AuditPage first = trail.find(AuditQuery.ofRecord(ENTITY, marker), 0, 2);
		AuditPage second = trail.find(AuditQuery.ofRecord(ENTITY, marker), 1, 2);

		assertThat(first.entries()).extracting(AuditEntry::id).containsExactly(entries.get(2).id(), entries.get(1).id());
		assertThat(first.hasNext()).isTrue();
		assertThat(second.entries()).extracting(AuditEntry::id).containsExactly(entries.get(0).id());
		assertThat(second.hasNext()).isFalse();
		assertThatThrownBy(() -> trail.find(AuditQuery.all(), 0, AuditTrail.MAX_PAGE_SIZE + 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private List<AuditEntry> appendEntries(int count) {
		for (int i = 0; i < count; i++) {
			int n = i;
			inTransaction(() -> events.publishEvent(DataChanged.created(ENTITY, marker, Map.of("n", n))));
		}
		List<AuditEntry> entries = trail.find(AuditQuery.ofRecord(ENTITY, marker), 0, count + 1).entries();
		assertThat(entries).hasSize(count);
		return entries.stream().sorted(Comparator.comparingLong(AuditEntry::id)).toList();
	}

	private AuditEntry onlyEntryAfter(Runnable change) {
		inTransaction(change);
		return onlyEntry();
	}

	private AuditEntry onlyEntry() {
		List<AuditEntry> entries = trail.find(AuditQuery.ofRecord(ENTITY, marker), 0, 10).entries();
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
	}

	private void assertRefused(String sql) {
		assertThatThrownBy(() -> inTransaction(() -> jdbc.sql(sql).update()))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
	}

	/** Tampering as the superuser would: DDL is transactional, so the trigger is back on whatever happens. */
	private void withoutAppendOnlyTrigger(String sql, Object... params) {
		inTransaction(() -> {
			jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
			assertThat(jdbc.sql(sql).params(params).update()).isEqualTo(1);
			jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
		});
	}

	private void reinsert(AuditEntry e) {
		jdbc.sql("""
				insert into audit_entry (id, recorded_at, actor, agency_id, entity, entity_id, action,
				                         before_json, after_json, request_id, previous_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC), e.actor(),
				e.agencyId(), e.entity(), e.entityId(), e.action(), e.beforeJson(), e.afterJson(), e.requestId(),
				e.previousHash(), e.hash())
			.update();
	}

	private String runVerifyCommand() {
		CliCommand command = commands.stream().filter(c -> c.name().equals("audit verify")).findFirst().orElseThrow();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int exit;
		try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
			exit = command.run(List.of(), out);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
		return exit + " " + bytes.toString(StandardCharsets.UTF_8).trim();
	}

	private static void signIn(CurrentUser user) {
		SignedInUser principal = new SignedInUser(user, user.username());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	record Sample(String name, LocalDate due, Instant at) {
	}

}
