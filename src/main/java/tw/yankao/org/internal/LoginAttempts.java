package tw.yankao.org.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed log-ins and locks the account after too many in a row; a successful log-in
 * clears the count. Logs name the user by id only, never by the name typed in.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final UserAccounts accounts;
	private final LockoutPolicy policy;
	private final Clock clock;

	LoginAttempts(UserAccounts accounts, LockoutPolicy policy, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.clock = clock;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		accounts.findByUsername(username).ifPresentOrElse(account -> {
			accounts.recordFailure(account.id(), policy.attempts(), clock.instant().plus(policy.duration()),
					clock.instant());
			log.info("Failed log-in for user {}", account.id());
		}, () -> log.info("Failed log-in for an unknown user name"));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			accounts.clearFailures(user.user().userId());
		}
	}

}
