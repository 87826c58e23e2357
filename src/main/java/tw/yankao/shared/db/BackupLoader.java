package tw.yankao.shared.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a verified backup into a schema freshly migrated to the backup's version, in one
 * transaction: all of it or none of it.
 */
final class BackupLoader {

	private final BackupManifest manifest;
	private final Path dir;

	BackupLoader(BackupManifest manifest, Path dir) {
		this.manifest = manifest;
		this.dir = dir;
	}

	List<RestoreResult.Table> load(DataSource dataSource) throws SQLException, IOException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				List<RestoreResult.Table> tables = load(connection);
				connection.commit();
				return tables;
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}

	private List<RestoreResult.Table> load(Connection connection) throws SQLException, IOException {
		PublicSchema schema = new PublicSchema(connection);
		// Replica mode fires no triggers: no foreign-key checks (so table order does not matter;
		// the snapshot was consistent), and no append-only or audit triggers on restored rows.
		schema.execute("set local session_replication_role = replica");
		checkTablesExist(schema.tables());
		// Migrations may seed rows; the backup holds those rows as they were, so they go first.
		for (BackupManifest.Table table : manifest.tables()) {
			schema.execute("delete from " + PublicSchema.qualified(table.name()));
		}
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		List<RestoreResult.Table> restored = new ArrayList<>();
		for (BackupManifest.Table table : manifest.tables()) {
			restored.add(new RestoreResult.Table(table.name(), table.rows(), copyIn(copy, table)));
		}
		setSequences(connection, schema);
		return restored;
	}

	private void checkTablesExist(List<PublicSchema.Table> migrated) {
		Map<String, List<String>> columns = migrated.stream()
			.collect(Collectors.toMap(PublicSchema.Table::name, PublicSchema.Table::columns));
		for (BackupManifest.Table table : manifest.tables()) {
			List<String> present = columns.get(table.name());
			if (present == null || !present.containsAll(table.columns())) {
				throw new BackupRefusedException("After migrating to schema version " + manifest.schemaVersion()
						+ ", table " + table.name() + " does not have the backup's columns " + table.columns()
						+ "; the migrations differ from those of the Yankao that made the backup. Nothing was loaded; "
						+ "the database is left empty at that version.");
			}
		}
	}

	private long copyIn(CopyManager copy, BackupManifest.Table table) throws SQLException, IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(table.file())), 1 << 16)) {
			long rows = copy.copyIn("copy " + PublicSchema.qualified(table.name())
					+ BackupWriter.columnList(table.columns()) + " from stdin (format csv, header)", in);
			if (rows != table.rows()) {
				throw new BackupRefusedException("Loaded " + rows + " rows into " + table.name() + " where the backup has "
						+ table.rows() + "; nothing was loaded.");
			}
			return rows;
		}
	}

	/**
	 * Puts every sequence where the backup found it, and never below the highest value its
	 * column holds, so that the next insert gets a fresh id even from an inconsistent backup.
	 */
	private void setSequences(Connection connection, PublicSchema schema) throws SQLException {
		Map<String, BackupManifest.Sequence> saved = manifest.sequences().stream()
			.collect(Collectors.toMap(BackupManifest.Sequence::name, Function.identity()));
		try (PreparedStatement setval = connection.prepareStatement("select setval(cast(? as regclass), ?, ?)")) {
			for (PublicSchema.Sequence sequence : schema.sequences()) {
				BackupManifest.Sequence position = saved.remove(sequence.name());
				Long highest = highestOwnedValue(connection, sequence);
				if (highest != null && (position == null || highest > position.lastValue()
						|| highest == position.lastValue() && !position.called())) {
					position = new BackupManifest.Sequence(sequence.name(), highest, true);
				}
				if (position != null) {
					setval.setString(1, PublicSchema.qualified(sequence.name()));
					setval.setLong(2, position.lastValue());
					setval.setBoolean(3, position.called());
					setval.executeQuery().close();
				}
			}
		}
		if (!saved.isEmpty()) {
			throw new BackupRefusedException("The migrated schema lacks the backup's sequences " + saved.keySet()
					+ "; nothing was loaded.");
		}
	}

	private static Long highestOwnedValue(Connection connection, PublicSchema.Sequence sequence) throws SQLException {
		if (sequence.ownerTable() == null) {
			return null;
		}
		try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select max("
				+ PublicSchema.quoted(sequence.ownerColumn()) + ") from " + PublicSchema.qualified(sequence.ownerTable()))) {
			rows.next();
			long highest = rows.getLong(1);
			return rows.wasNull() ? null : highest;
		}
	}

}
