package tw.yankao.shared.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * The contents of schema {@code public} in short: per table its row count and an MD5 of all
 * its rows in text form, per sequence its position; equal fingerprints, equal data.
 */
record Fingerprint(Map<String, String> tables, Map<String, String> sequences) {

	static Fingerprint of(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			Map<String, String> tables = new TreeMap<>();
			for (String table : names(connection, "r")) {
				tables.put(table, single(connection, "select count(*) || ' ' || md5(coalesce(string_agg(t::text, '|' "
						+ "order by t::text), '')) from " + PublicSchema.qualified(table) + " t"));
			}
			Map<String, String> sequences = new TreeMap<>();
			for (String sequence : names(connection, "S")) {
				sequences.put(sequence, single(connection, "select last_value || ' ' || is_called from "
						+ PublicSchema.qualified(sequence)));
			}
			return new Fingerprint(tables, sequences);
		}
	}

	/** Owner and privileges of schema public, which a restore must keep. */
	static String schemaAccess(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return single(connection,
					"select nspowner::regrole || ' ' || coalesce(nspacl::text, '') from pg_namespace where nspname = 'public'");
		}
	}

	private static List<String> names(Connection connection, String relkind) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rows = connection.createStatement().executeQuery("select c.relname from pg_class c "
				+ "join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = '"
				+ relkind + "'")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
