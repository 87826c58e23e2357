package tw.yankao.shared.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Empties schema {@code public} by dropping and recreating it, which also drops what
 * migrations made outside tables (functions, types, views, extensions). A plain
 * {@code create schema} would hand the schema to the restoring user and lose its grants (in
 * PostgreSQL 15 and later it belongs to {@code pg_database_owner}, with USAGE for everyone), so
 * the owner and privileges are read first and put back.
 */
final class EmptySchema {

	private EmptySchema() {
	}

	/** Runs in the caller's transaction, so that a failure leaves the schema as it was. */
	static void recreate(Connection connection) throws SQLException {
		String owner = null;
		List<String> grants = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery(
					"select quote_ident(pg_get_userbyid(nspowner)) from pg_namespace where nspname = 'public'")) {
				owner = rows.next() ? rows.getString(1) : null;
			}
			try (ResultSet rows = statement.executeQuery("""
					select case when a.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(a.grantee)) end,
						a.privilege_type, a.is_grantable
					from pg_namespace n cross join lateral aclexplode(n.nspacl) a
					where n.nspname = 'public'""")) {
				while (rows.next()) {
					grants.add("grant " + rows.getString(2) + " on schema public to " + rows.getString(1)
							+ (rows.getBoolean(3) ? " with grant option" : ""));
				}
			}
			statement.execute("drop schema if exists public cascade");
			statement.execute("create schema public" + (owner == null ? "" : " authorization " + owner));
			for (String grant : grants) {
				statement.execute(grant);
			}
		}
	}

}
