package tw.yankao.audit.internal;

import java.util.Optional;

import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.DataChanged;

/**
 * Records every {@link DataChanged} as an audit entry. Synchronous on purpose, not an application
 * module listener: the entry is written in the changing transaction and commits or rolls back with it.
 */
@Component
class AuditRecorder {

	/** The MDC key under which the web layer puts the current request's id. */
	static final String REQUEST_ID = "requestId";

	private final AuditChain chain;

	// the org module provides CurrentUsers; until then (and in commands) changes are recorded without an actor
	private final ObjectProvider<CurrentUsers> currentUsers;

	AuditRecorder(AuditChain chain, ObjectProvider<CurrentUsers> currentUsers) {
		this.chain = chain;
		this.currentUsers = currentUsers;
	}

	@EventListener
	void record(DataChanged change) {
		Optional<CurrentUser> user = Optional.ofNullable(currentUsers.getIfAvailable()).flatMap(CurrentUsers::current);
		chain.append(new AuditChain.Change(user.map(CurrentUser::username).orElse(null),
			user.map(CurrentUser::agencyId).orElse(null), change.entity(), change.entityId(), change.action(),
			AuditJson.of(change.before()), AuditJson.of(change.after()), MDC.get(REQUEST_ID)));
	}

}
