package tw.yankao.shared.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Backs up a Yankao database into a directory and restores it from one, on any PostgreSQL
 * the DataSource reaches (the embedded server ships no pg_dump, and an external server may
 * not be ours to run tools on).
 *
 * <p>A backup is one CSV file per table of schema {@code public}, all from one snapshot, and a
 * {@code manifest.json} with the Flyway schema version, row counts, checksums and sequence
 * positions. A restore checks all of that before it changes anything, rebuilds the schema with
 * the migrations up to the backup's version, loads the data in one transaction, and then
 * migrates to this build's latest version: a backup taken by an older Yankao restores into a
 * newer one. Restoring while the application serves the same database is not supported.
 */
public final class DatabaseBackup {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	private final Clock clock;
	private final List<String> migrationLocations;

	/** @param migrationLocations Flyway locations of the migrations, as in {@code spring.flyway.locations} */
	public DatabaseBackup(Clock clock, List<String> migrationLocations) {
		this.clock = clock;
		this.migrationLocations = List.copyOf(migrationLocations);
	}

	/**
	 * Writes the backup into {@code directory}, which must not exist or be empty.
	 *
	 * @throws BackupRefusedException when the directory holds anything, or the database is not a Yankao database
	 */
	public BackupResult backup(DataSource dataSource, Path directory) throws IOException, SQLException {
		Path dir = directory.toAbsolutePath().normalize();
		requireEmptyDirectory(dir);
		boolean created = !Files.exists(dir);
		Files.createDirectories(dir);
		String createdAt = OffsetDateTime.now(clock).atZoneSameInstant(TAIPEI).toOffsetDateTime()
			.truncatedTo(ChronoUnit.SECONDS).toString();
		try {
			BackupManifest manifest = new BackupWriter(dir).write(dataSource, createdAt);
			manifest.write(dir);
			forceDirectory(dir);
			List<BackupResult.Table> tables = manifest.tables().stream()
				.map(t -> new BackupResult.Table(t.name(), t.rows())).toList();
			return new BackupResult(dir, createdAt, manifest.schemaVersion(), tables);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			removeUnfinished(dir, created);
			throw ex;
		}
	}

	/**
	 * Replaces schema {@code public} of the database with the backup in {@code directory}.
	 *
	 * @param replace whether to replace a database that holds data; without it such a restore is refused
	 * @throws BackupRefusedException before any change when the backup is incomplete, damaged or from a
	 *         newer Yankao, or when the database holds data and {@code replace} is false
	 */
	public RestoreResult restore(DataSource dataSource, Path directory, boolean replace)
			throws IOException, SQLException {
		BackupManifest manifest = BackupManifest.readVerified(directory);
		requireKnownVersion(dataSource, manifest.schemaVersion());
		emptySchema(dataSource, replace);
		flyway(dataSource).target(manifest.schemaVersion()).load().migrate();
		List<RestoreResult.Table> tables = new BackupLoader(manifest, directory).load(dataSource);
		flyway(dataSource).load().migrate();
		try (Connection connection = dataSource.getConnection()) {
			PublicSchema schema = new PublicSchema(connection);
			schema.refreshMaterializedViews();
			String version = schema.schemaVersion(schema.tables()).orElseThrow();
			return new RestoreResult(manifest.createdAt(), manifest.schemaVersion(), version, tables);
		}
	}

	private static void requireEmptyDirectory(Path dir) throws IOException {
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new BackupRefusedException(dir + " is a file, not a directory.");
		}
		if (Files.isDirectory(dir)) {
			try (Stream<Path> entries = Files.list(dir)) {
				if (entries.findAny().isPresent()) {
					throw new BackupRefusedException(dir + " is not empty; back up into a new or empty directory.");
				}
			}
		}
	}

	/** The directory entry of each file must reach the disk too, or a crash may lose the files. */
	private static void forceDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// Some file systems cannot sync a directory; the files themselves are synced.
		}
	}

	private static void removeUnfinished(Path dir, boolean created) {
		try (Stream<Path> entries = Files.list(dir)) {
			for (Path entry : entries.toList()) {
				Files.deleteIfExists(entry);
			}
			if (created) {
				Files.deleteIfExists(dir);
			}
		}
		catch (IOException ex) {
			// What remains has no manifest, which restore refuses; the original failure matters more.
		}
	}

	private void requireKnownVersion(DataSource dataSource, String version) {
		MigrationInfo[] migrations = flyway(dataSource).load().info().all();
		try {
			MigrationVersion wanted = MigrationVersion.fromVersion(version);
			if (Arrays.stream(migrations).anyMatch(m -> m.isVersioned() && m.getState().isResolved()
					&& wanted.equals(m.getVersion()))) {
				return;
			}
		}
		catch (FlywayException ex) {
			// not a version at all: refused below
		}
		throw new BackupRefusedException("The backup is at schema version " + version
				+ ", which this Yankao has no migration for: it was made by a newer Yankao. "
				+ "Restore it with that version or a later one.");
	}

	private static void emptySchema(DataSource dataSource, boolean replace) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			List<String> withRows = new PublicSchema(connection).tablesWithRows();
			if (!withRows.isEmpty() && !replace) {
				throw new BackupRefusedException("The database already holds data (in " + String.join(", ", withRows)
						+ "). Restoring replaces all of it; give --replace to do so, after taking a backup of it.");
			}
			connection.setAutoCommit(false);
			try {
				EmptySchema.recreate(connection);
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}

	private FluentConfiguration flyway(DataSource dataSource) {
		return Flyway.configure().dataSource(dataSource).locations(migrationLocations.toArray(String[]::new));
	}

}
