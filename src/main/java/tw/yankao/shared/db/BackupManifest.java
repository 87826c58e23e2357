package tw.yankao.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json}, the table of contents of a backup directory. It is written last, so
 * a directory without one is a backup that did not finish.
 *
 * @param format always {@value #FORMAT}, so that a stray JSON file is not taken for a manifest
 * @param formatVersion {@value #FORMAT_VERSION}; a restore refuses versions it does not know
 * @param createdAt ISO-8601 with the Asia/Taipei offset
 * @param schemaVersion the highest Flyway version applied to the database backed up
 * @param server the PostgreSQL version of the database backed up, for the record
 * @param tables one entry per table file
 * @param sequences every sequence of schema {@code public} and its position
 */
record BackupManifest(String format, int formatVersion, String createdAt, String schemaVersion, String server,
		List<Table> tables, List<Sequence> sequences) {

	static final String FILE_NAME = "manifest.json";
	static final String FORMAT = "yankao-backup";
	static final int FORMAT_VERSION = 1;

	/** Names that are safe as file names and need no quoting knowledge to compare. */
	private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_$]{0,62}");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** @param columns the columns in the file's order, which is also its header */
	record Table(String name, String file, List<String> columns, long rows, String sha256) {
	}

	record Sequence(String name, long lastValue, boolean called) {
	}

	static String fileFor(String table) {
		if (!SAFE_NAME.matcher(table).matches()) {
			throw new BackupRefusedException("Table name \"" + table + "\" is not a plain lower-case identifier; "
					+ "Yankao's migrations never create such a table, so it is not backed up by guesswork.");
		}
		return table + ".csv";
	}

	/** Writes the manifest durably and atomically: a crash leaves either no manifest or a whole one. */
	void write(Path dir) throws IOException {
		Path temporary = dir.resolve(FILE_NAME + ".tmp");
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE); OutputStream out = Channels.newOutputStream(channel)) {
			out.write(JSON.writeValueAsBytes(this));
			channel.force(true);
		}
		Files.move(temporary, dir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Reads the manifest of {@code dir} and checks every table file against it: checksum,
	 * header and number of rows. Reads the database nowhere, so a damaged backup is refused
	 * before anything changes.
	 */
	static BackupManifest readVerified(Path dir) throws IOException {
		BackupManifest manifest = read(dir);
		manifest.checkWellFormed();
		for (Table table : manifest.tables) {
			Path file = dir.resolve(table.file);
			if (!Files.isRegularFile(file)) {
				throw new BackupRefusedException("The backup is incomplete: " + table.file + " is missing.");
			}
			CsvDigest digest = CsvDigest.of(file);
			if (!digest.sha256().equalsIgnoreCase(table.sha256)) {
				throw new BackupRefusedException("The backup is damaged: the SHA-256 of " + table.file
						+ " is not the one in the manifest.");
			}
			if (!digest.header().equals(table.columns) || digest.rows() != table.rows) {
				throw new BackupRefusedException("The backup is damaged: " + table.file + " holds " + digest.rows()
						+ " rows of columns " + digest.header() + ", the manifest says " + table.rows + " rows of "
						+ table.columns + ".");
			}
		}
		return manifest;
	}

	private static BackupManifest read(Path dir) throws IOException {
		Path file = dir.resolve(FILE_NAME);
		if (!Files.isRegularFile(file)) {
			throw new BackupRefusedException(dir + " is not a finished Yankao backup: it has no " + FILE_NAME + ".");
		}
		try (InputStream in = Files.newInputStream(file)) {
			return JSON.readValue(in, BackupManifest.class);
		}
		catch (JacksonException ex) {
			throw new BackupRefusedException("The backup's " + FILE_NAME + " is not readable: " + ex.getOriginalMessage());
		}
	}

	private void checkWellFormed() {
		if (!FORMAT.equals(format)) {
			throw new BackupRefusedException(FILE_NAME + " is not the manifest of a Yankao backup.");
		}
		if (formatVersion != FORMAT_VERSION) {
			throw new BackupRefusedException("The backup has format version " + formatVersion
					+ "; this Yankao reads version " + FORMAT_VERSION + ". Restore it with the Yankao that made it.");
		}
		if (schemaVersion == null || schemaVersion.isBlank() || tables == null || sequences == null
				|| tables.stream().anyMatch(Objects::isNull) || sequences.stream().anyMatch(Objects::isNull)) {
			throw new BackupRefusedException(FILE_NAME + " lacks its schema version, tables or sequences.");
		}
		var names = new HashSet<String>();
		for (Table table : tables) {
			// The file must be exactly <table>.csv: a manifest must not send a restore elsewhere.
			if (table.name == null || !SAFE_NAME.matcher(table.name).matches()
					|| !(table.name + ".csv").equals(table.file) || !names.add(table.name)
					|| table.columns == null || table.sha256 == null) {
				throw new BackupRefusedException(FILE_NAME + " has a malformed or repeated table entry: " + table);
			}
		}
	}

}
