package tw.yankao.org.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;

/** Loads users for log-in and tells other modules who is signed in. */
@Service
class SignedInUsers implements UserDetailsService, CurrentUsers {

	private final UserAccounts accounts;
	private final Clock clock;

	SignedInUsers(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return new SignedInUser(account, accounts.passwordHash(username).orElseThrow(), clock.instant());
	}

	@Override
	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user.user());
		}
		return Optional.empty();
	}

}
