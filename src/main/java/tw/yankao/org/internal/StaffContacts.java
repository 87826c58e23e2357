package tw.yankao.org.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.yankao.org.StaffDirectory;
import tw.yankao.shared.security.Role;

@Component
class StaffContacts implements StaffDirectory {

	private final JdbcClient jdbc;

	StaffContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Long> holding(long agencyId, Role role) {
		return jdbc.sql("""
				select u.id
				  from app_user u
				  join app_user_role r on r.user_id = u.id
				 where u.agency_id = :agency and r.role = :role and u.enabled
				 order by u.id""")
			.param("agency", agencyId)
			.param("role", role.name())
			.query(Long.class)
			.list();
	}

	@Override
	public Optional<String> emailOf(long userId) {
		return jdbc.sql("select email from app_user where id = :id and enabled and email is not null and email <> ''")
			.param("id", userId)
			.query(String.class)
			.optional();
	}

}
