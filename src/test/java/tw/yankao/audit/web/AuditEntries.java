package tw.yankao.audit.web;

import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.yankao.audit.AuditEntry;
import tw.yankao.audit.AuditQuery;
import tw.yankao.audit.AuditTrail;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.security.Role;

/**
 * Writes audit entries for the web tests the way the application does: a {@link DataChanged} in a
 * transaction, by a signed-in actor. The log may hold other tests' entries, so callers give every
 * entry a fresh entity, entity id or actor and filter by it.
 */
final class AuditEntries {

	private final ApplicationEventPublisher events;
	private final PlatformTransactionManager transactions;
	private final AuditTrail trail;

	AuditEntries(ApplicationEventPublisher events, PlatformTransactionManager transactions, AuditTrail trail) {
		this.events = events;
		this.transactions = transactions;
		this.trail = trail;
	}

	/** Records the change as made by {@code actor} (null for a system job) and returns its entry. */
	AuditEntry record(String actor, Long agencyId, DataChanged change) {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		asActor(actor, agencyId, () -> transaction.executeWithoutResult(status -> events.publishEvent(change)));
		return trail.find(AuditQuery.ofRecord(change.entity(), change.entityId()), 0, 1).entries().get(0);
	}

	/** Runs {@code work} with {@code actor} signed in on this thread; null runs it signed out. */
	static void asActor(String actor, Long agencyId, Runnable work) {
		if (actor == null) {
			work.run();
			return;
		}
		SignedInUser user = new SignedInUser(new CurrentUser(990_001, actor, agencyId, Set.of(Role.SYSTEM_ADMIN)), actor);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
