package tw.yankao.shared.db;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import tw.yankao.shared.cli.CliCommand;

/** {@code backup DIR}: see {@link DatabaseBackup#backup}. */
@Component
class BackupCommand implements CliCommand {

	private final DataSource dataSource;
	private final DatabaseBackup backup;

	BackupCommand(DataSource dataSource, DatabaseBackup backup) {
		this.dataSource = dataSource;
		this.backup = backup;
	}

	@Override
	public String name() {
		return "backup";
	}

	@Override
	public String arguments() {
		return "DIR";
	}

	@Override
	public String description() {
		return "back up the database into DIR, a new or empty directory (CSV per table, checksummed manifest)";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		if (args.size() != 1) {
			throw new IllegalArgumentException("give the directory to back up into");
		}
		BackupResult result;
		try {
			result = backup.backup(dataSource, Path.of(args.get(0)));
		}
		catch (BackupRefusedException ex) {
			out.println("backup refused: " + ex.getMessage());
			return 1;
		}
		out.printf("Backed up %d tables, %d rows, schema version %s, at %s into %s%n", result.tables().size(),
				result.totalRows(), result.schemaVersion(), result.createdAt(), result.directory());
		for (BackupResult.Table table : result.tables()) {
			out.printf("  %-40s %10d rows%n", table.name(), table.rows());
		}
		return 0;
	}

}
