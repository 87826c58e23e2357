package tw.yankao.org.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.shared.DataChanged;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;
import tw.yankao.shared.web.NotFound;

/**
 * Creates and changes users. Staff belong to an existing agency, citizens to none; passwords
 * follow the {@link PasswordPolicy}; audit entries never contain a password or its hash.
 */
@Service
public class UserAdministration {

	static final String ENTITY = "user";
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

	private final UserAccounts users;
	private final Agencies agencies;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;

	UserAdministration(UserAccounts users, Agencies agencies, PasswordEncoder passwords,
			ApplicationEventPublisher events) {
		this.users = users;
		this.agencies = agencies;
		this.passwords = passwords;
		this.events = events;
	}

	@Transactional
	public UserAccount create(NewUser user) {
		return create(user, passwords::encode);
	}

	/**
	 * Creates users who share one password with a single hash: Argon2 is slow on purpose, and the
	 * demo's eight users all have the README's password.
	 */
	@Transactional
	void createAllWithPassword(List<NewUser> newUsers, String password) {
		String hash = passwords.encode(password);
		newUsers.forEach(user -> create(user, ignored -> hash));
	}

	private UserAccount create(NewUser user, java.util.function.UnaryOperator<String> hashing) {
		List<FieldError> errors = new ArrayList<>();
		if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
			errors.add(new FieldError("username", "user.error.username"));
		}
		else if (users.findByUsername(user.username()).isPresent()) {
			errors.add(new FieldError("username", "user.error.username-taken", user.username()));
		}
		checkProfile(user.displayName(), user.agencyId(), user.roles(), errors);
		errors.addAll(PasswordPolicy.check(user.username(), user.password()));
		reject(errors);
		long id = users.insert(user, hashing.apply(user.password()));
		UserAccount created = users.findById(id).orElseThrow();
		events.publishEvent(DataChanged.created(ENTITY, id, created));
		return created;
	}

	@Transactional
	public UserAccount update(long id, UserChanges changes) {
		UserAccount before = find(id);
		List<FieldError> errors = new ArrayList<>();
		checkProfile(changes.displayName(), changes.agencyId(), changes.roles(), errors);
		reject(errors);
		users.update(id, changes);
		UserAccount after = find(id);
		events.publishEvent(DataChanged.updated(ENTITY, id, before, after));
		return after;
	}

	@Transactional
	public void resetPassword(long id, String newPassword) {
		UserAccount user = find(id);
		reject(PasswordPolicy.check(user.username(), newPassword));
		users.changePassword(id, passwords.encode(newPassword));
		events.publishEvent(new DataChanged(ENTITY, String.valueOf(id), "PASSWORD_CHANGE", null,
				Map.of("username", user.username())));
	}

	/** Changes one's own password, which needs the current one. */
	@Transactional
	public void changeOwnPassword(long id, String currentPassword, String newPassword) {
		UserAccount user = find(id);
		String hash = users.passwordHash(user.username()).orElseThrow();
		if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
			throw new InvalidInput("currentPassword", "password.error.current");
		}
		resetPassword(id, newPassword);
	}

	@Transactional
	public void unlock(long id) {
		UserAccount before = find(id);
		users.clearFailures(id);
		events.publishEvent(DataChanged.updated(ENTITY, id, before, find(id)));
	}

	public List<UserAccount> all() {
		return users.all();
	}

	public UserAccount find(long id) {
		return users.findById(id).orElseThrow(() -> new NotFound(ENTITY, id));
	}

	private void checkProfile(String displayName, Long agencyId, Set<Role> roles, List<FieldError> errors) {
		if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
			errors.add(new FieldError("displayName", "user.error.display-name"));
		}
		if (roles == null || roles.isEmpty()) {
			errors.add(new FieldError("roles", "user.error.roles-empty"));
			return;
		}
		boolean citizen = roles.contains(Role.CITIZEN);
		if (citizen && roles.size() > 1) {
			errors.add(new FieldError("roles", "user.error.citizen-and-staff"));
		}
		if (citizen && agencyId != null) {
			errors.add(new FieldError("agencyId", "user.error.citizen-agency"));
		}
		if (!citizen && (agencyId == null || agencies.findById(agencyId).isEmpty())) {
			errors.add(new FieldError("agencyId", "user.error.agency-required"));
		}
	}

	private static void reject(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

}
