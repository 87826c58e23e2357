package tw.yankao.shared.db;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import tw.yankao.shared.cli.CliCommand;

/**
 * {@code restore DIR [--replace]}: see {@link DatabaseBackup#restore}. The command line hands
 * commands only the words without {@code --}, so {@code --replace} is read from the
 * application arguments.
 */
@Component
class RestoreCommand implements CliCommand {

	private final DataSource dataSource;
	private final DatabaseBackup backup;
	private final ApplicationArguments applicationArguments;
	private final ObjectProvider<EmbeddedPostgresServer> embedded;

	RestoreCommand(DataSource dataSource, DatabaseBackup backup, ApplicationArguments applicationArguments,
			ObjectProvider<EmbeddedPostgresServer> embedded) {
		this.embedded = embedded;
		this.dataSource = dataSource;
		this.backup = backup;
		this.applicationArguments = applicationArguments;
	}

	@Override
	public String name() {
		return "restore";
	}

	@Override
	public String arguments() {
		return "DIR [--replace]";
	}

	@Override
	public String description() {
		return "restore the backup in DIR (with the server stopped); --replace: even over a database with data";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		if (args.size() != 1) {
			throw new IllegalArgumentException("give the backup directory to restore from");
		}
		EmbeddedPostgresServer server = embedded.getIfAvailable();
		if (server != null && !server.isOwner()) {
			// Attached: a running Yankao owns this cluster and would go on writing during the restore.
			out.println("restore refused: Yankao is running on " + server.dataDirectory()
					+ "; stop it first, then restore.");
			return 1;
		}
		boolean replace = applicationArguments.containsOption("replace");
		RestoreResult result;
		try {
			result = backup.restore(dataSource, Path.of(args.get(0)), replace);
		}
		catch (BackupRefusedException ex) {
			out.println("restore refused: " + ex.getMessage());
			return 1;
		}
		out.printf("Restored the backup of %s at schema version %s, now migrated to version %s:%n", result.createdAt(),
				result.backupSchemaVersion(), result.schemaVersion());
		for (RestoreResult.Table table : result.tables()) {
			out.printf("  %-40s %10d rows (backup: %d) %s%n", table.name(), table.restoredRows(), table.backupRows(),
					table.restoredRows() == table.backupRows() ? "ok" : "MISMATCH");
		}
		out.printf("%d rows in %d tables%n", result.totalRows(), result.tables().size());
		return 0;
	}

}
