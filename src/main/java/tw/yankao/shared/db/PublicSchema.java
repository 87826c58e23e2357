package tw.yankao.shared.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationVersion;

/**
 * The tables and sequences of schema {@code public}, read and changed through one connection
 * so that backup and restore control its transaction. Plain JDBC rather than JdbcClient: the
 * work needs one connection's transaction and its COPY interface throughout.
 */
final class PublicSchema {

	static final String HISTORY_TABLE = "flyway_schema_history";

	private final Connection connection;

	PublicSchema(Connection connection) {
		this.connection = connection;
	}

	/** @param columns the stored columns in table order; generated columns are recomputed, not copied */
	record Table(String name, List<String> columns) {
	}

	/** @param ownerTable the table whose identity or serial column owns it, null for a free sequence */
	record Sequence(String name, String ownerTable, String ownerColumn) {
	}

	/** The ordinary tables (partitions included, partitioned parents not: they hold no rows). */
	List<Table> tables() throws SQLException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
				select c.relname, a.attname
				from pg_class c
				join pg_namespace n on n.oid = c.relnamespace
				left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
					and a.attgenerated = ''
				where n.nspname = 'public' and c.relkind = 'r'
				order by c.relname, a.attnum""")) {
			while (rows.next()) {
				List<String> names = columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>());
				if (rows.getString(2) != null) {
					names.add(rows.getString(2));
				}
			}
		}
		return columns.entrySet().stream().map(e -> new Table(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	List<Sequence> sequences() throws SQLException {
		List<Sequence> sequences = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
				select s.relname, t.relname, a.attname
				from pg_class s
				join pg_namespace n on n.oid = s.relnamespace
				left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid
					and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
				left join pg_class t on t.oid = d.refobjid
				left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
				where n.nspname = 'public' and s.relkind = 'S'
				order by s.relname""")) {
			while (rows.next()) {
				sequences.add(new Sequence(rows.getString(1), rows.getString(2), rows.getString(3)));
			}
		}
		return sequences;
	}

	/**
	 * The sequence's position. Sequences are outside MVCC: inside a snapshot this is the value
	 * now, never behind the rows the snapshot sees, which is what a restore needs.
	 */
	BackupManifest.Sequence position(Sequence sequence) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement
			.executeQuery("select last_value, is_called from " + qualified(sequence.name()))) {
			rows.next();
			return new BackupManifest.Sequence(sequence.name(), rows.getLong(1), rows.getBoolean(2));
		}
	}

	/** The highest version Flyway applied successfully; empty without a schema history. */
	Optional<String> schemaVersion(List<Table> tables) throws SQLException {
		if (tables.stream().noneMatch(t -> t.name().equals(HISTORY_TABLE))) {
			return Optional.empty();
		}
		List<MigrationVersion> versions = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
				"select version from " + qualified(HISTORY_TABLE) + " where success and version is not null")) {
			while (rows.next()) {
				versions.add(MigrationVersion.fromVersion(rows.getString(1)));
			}
		}
		return versions.stream().max(MigrationVersion::compareTo).map(MigrationVersion::getVersion);
	}

	/** Keeps migrations from altering or dropping the tables while they are copied. */
	void lockAgainstSchemaChanges(List<Table> tables) throws SQLException {
		if (!tables.isEmpty()) {
			execute("lock table " + tables.stream().map(t -> qualified(t.name())).collect(Collectors.joining(", "))
					+ " in access share mode");
		}
	}

	/** The tables, other than Flyway's history, that hold at least one row. */
	List<String> tablesWithRows() throws SQLException {
		List<String> withRows = new ArrayList<>();
		for (Table table : tables()) {
			try (Statement statement = connection.createStatement(); ResultSet rows = statement
				.executeQuery("select exists (select from " + qualified(table.name()) + ")")) {
				rows.next();
				if (rows.getBoolean(1) && !table.name().equals(HISTORY_TABLE)) {
					withRows.add(table.name());
				}
			}
		}
		return withRows;
	}

	void refreshMaterializedViews() throws SQLException {
		List<String> views = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relkind = 'm' and c.relispopulated""")) {
			while (rows.next()) {
				views.add(rows.getString(1));
			}
		}
		for (String view : views) {
			execute("refresh materialized view " + qualified(view));
		}
	}

	void execute(String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static String qualified(String name) {
		return "public." + quoted(name);
	}

	static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}
