package tw.yankao.shared.db;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link DatabaseBackup#backup} wrote.
 *
 * @param directory the backup directory, holding one CSV file per table and {@code manifest.json}
 * @param createdAt when the backup was taken, ISO-8601 with the Asia/Taipei offset
 * @param schemaVersion the Flyway schema version of the database backed up
 * @param tables every table of schema {@code public}, by name
 */
public record BackupResult(Path directory, String createdAt, String schemaVersion, List<Table> tables) {

	/** One table and the number of rows written for it. */
	public record Table(String name, long rows) {
	}

	public long totalRows() {
		return tables.stream().mapToLong(Table::rows).sum();
	}

}
