package tw.yankao.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.shared.security.Role;

@Repository
class UserAccounts {

	private static final String SELECT = """
			select u.id, u.username, u.display_name, u.email, u.agency_id, u.enabled, u.failed_logins, u.locked_until,
			       coalesce((select string_agg(r.role, ',') from app_user_role r where r.user_id = u.id), '') as roles
			  from app_user u""";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql(SELECT + " where u.username = :username").param("username", username).query(this::map).optional();
	}

	Optional<UserAccount> findById(long id) {
		return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(this::map).optional();
	}

	List<UserAccount> all() {
		return jdbc.sql(SELECT + " order by u.username").query(this::map).list();
	}

	Optional<String> passwordHash(String username) {
		return jdbc.sql("select password_hash from app_user where username = :username")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	long insert(NewUser user, String passwordHash) {
		long id = jdbc.sql("""
				insert into app_user (username, display_name, email, agency_id, password_hash)
				values (:username, :displayName, :email, :agencyId, :hash)
				returning id""")
			.param("username", user.username())
			.param("displayName", user.displayName())
			.param("email", user.email())
			.param("agencyId", user.agencyId())
			.param("hash", passwordHash)
			.query(Long.class)
			.single();
		replaceRoles(id, user.roles());
		return id;
	}

	void update(long id, UserChanges changes) {
		jdbc.sql("""
				update app_user set display_name = :displayName, email = :email, agency_id = :agencyId, enabled = :enabled
				 where id = :id""")
			.param("id", id)
			.param("displayName", changes.displayName())
			.param("email", changes.email())
			.param("agencyId", changes.agencyId())
			.param("enabled", changes.enabled())
			.update();
		replaceRoles(id, changes.roles());
	}

	void changePassword(long id, String passwordHash) {
		jdbc.sql("update app_user set password_hash = :hash, password_changed_at = now() where id = :id")
			.param("id", id)
			.param("hash", passwordHash)
			.update();
	}

	/**
	 * Counts a failed log-in and locks the account once the count reaches {@code limit}. A lock
	 * that has run out starts the count again, so one more mistake does not lock at once.
	 */
	void recordFailure(long id, int limit, Instant lockUntil, Instant now) {
		jdbc.sql("""
				update app_user
				   set failed_logins = case when locked_until <= :now then 1 else failed_logins + 1 end,
				       locked_until = case
				           when (case when locked_until <= :now then 1 else failed_logins + 1 end) >= :limit then :lockUntil
				           when locked_until <= :now then null
				           else locked_until end
				 where id = :id""")
			.param("id", id)
			.param("limit", limit)
			.param("lockUntil", Timestamp.from(lockUntil))
			.param("now", Timestamp.from(now))
			.update();
	}

	void clearFailures(long id) {
		jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = :id and (failed_logins > 0 or locked_until is not null)")
			.param("id", id)
			.update();
	}

	private void replaceRoles(long id, Set<Role> roles) {
		jdbc.sql("delete from app_user_role where user_id = :id").param("id", id).update();
		for (Role role : roles) {
			jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
	}

	private UserAccount map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getObject("agency_id", Long.class), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
				locked == null ? null : locked.toInstant(), roles(rs.getString("roles")));
	}

	private static Set<Role> roles(String text) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
		return Set.copyOf(roles);
	}

}
