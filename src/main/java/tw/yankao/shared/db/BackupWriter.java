package tw.yankao.shared.db;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Copies every table of schema {@code public} into one file each, all from one snapshot, and
 * returns the manifest that describes them.
 *
 * <p>CSV rather than COPY's binary format: the files are the city's records, and CSV can be
 * read, searched and audited with ordinary tools without Yankao; it goes through each type's
 * text form, which PostgreSQL guarantees to read back exactly and which does not depend on the
 * server's major version (the backup may come from PostgreSQL 15 and go into 17); and CSV tells
 * NULL (unquoted empty) from the empty string (quoted). Binary would be faster, but a city's
 * planning data is megabytes, not terabytes.
 */
final class BackupWriter {

	private final Path dir;

	BackupWriter(Path dir) {
		this.dir = dir;
	}

	BackupManifest write(DataSource dataSource, String createdAt) throws SQLException, IOException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				return write(connection, createdAt);
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
	}

	private BackupManifest write(Connection connection, String createdAt) throws SQLException, IOException {
		PublicSchema schema = new PublicSchema(connection);
		// Repeatable read: every table from the same snapshot, so foreign keys hold across files.
		schema.execute("set transaction isolation level repeatable read, read only");
		// Text forms that read back exactly whatever the server's defaults.
		schema.execute("set local bytea_output = 'hex'");
		schema.execute("set local extra_float_digits = 3");
		List<PublicSchema.Table> tables = schema.tables();
		tables.forEach(table -> BackupManifest.fileFor(table.name()));
		schema.lockAgainstSchemaChanges(tables);
		String version = schema.schemaVersion(tables)
			.orElseThrow(() -> new BackupRefusedException("The database has no applied Flyway migration in "
					+ PublicSchema.HISTORY_TABLE + ": it is not a Yankao database."));
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		List<BackupManifest.Table> files = new ArrayList<>();
		for (PublicSchema.Table table : tables) {
			files.add(copyOut(copy, table));
		}
		List<BackupManifest.Sequence> sequences = new ArrayList<>();
		for (PublicSchema.Sequence sequence : schema.sequences()) {
			sequences.add(schema.position(sequence));
		}
		String server = connection.getMetaData().getDatabaseProductVersion();
		return new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION, createdAt, version, server,
				files, sequences);
	}

	private BackupManifest.Table copyOut(CopyManager copy, PublicSchema.Table table) throws SQLException, IOException {
		String file = BackupManifest.fileFor(table.name());
		MessageDigest sha256 = CsvDigest.newSha256();
		try (FileChannel channel = FileChannel.open(dir.resolve(file), StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE);
				OutputStream out = new DigestOutputStream(
						new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), sha256)) {
			long rows = copy.copyOut("copy " + PublicSchema.qualified(table.name()) + columnList(table.columns())
					+ " to stdout (format csv, header)", out);
			out.flush();
			channel.force(true);
			return new BackupManifest.Table(table.name(), file, table.columns(), rows,
					HexFormat.of().formatHex(sha256.digest()));
		}
	}

	static String columnList(List<String> columns) {
		return columns.isEmpty() ? ""
				: columns.stream().map(PublicSchema::quoted).collect(Collectors.joining(", ", " (", ")"));
	}

}
