package tw.yankao.shared.db;

import java.util.List;

/**
 * What {@link DatabaseBackup#restore} loaded.
 *
 * @param createdAt when the restored backup was taken
 * @param backupSchemaVersion the schema version the backup was taken at, and loaded into
 * @param schemaVersion the schema version after migrating the restored data to this build's latest
 * @param tables every table of the backup, by name
 */
public record RestoreResult(String createdAt, String backupSchemaVersion, String schemaVersion, List<Table> tables) {

	/**
	 * One table: the rows the manifest announced and the rows loaded. A restore where these
	 * differ does not complete, so a returned result always has them equal.
	 */
	public record Table(String name, long backupRows, long restoredRows) {
	}

	public long totalRows() {
		return tables.stream().mapToLong(Table::restoredRows).sum();
	}

}
