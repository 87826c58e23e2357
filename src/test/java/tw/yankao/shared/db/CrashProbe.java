package tw.yankao.shared.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The child JVM of {@link CrashSafetyTest}: starts (or attaches to) the embedded server on the
 * directory in {@code args[0]}, reports {@code READY <port> <owner>}, then commits
 * {@code args[1]} rows one transaction each, reporting {@code COMMITTED <id>} only after each
 * commit returned, while a second transaction holds an uncommitted row 0. It then waits for
 * its standard input to end (the parent closing it, or dying) and stops the server cleanly.
 */
final class CrashProbe {

	private CrashProbe() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(Path.of(args[0]), 0);
		report("READY " + server.port() + " " + server.isOwner());
		Thread watcher = new Thread(CrashProbe::awaitEndOfInput, "stdin-watcher");
		watcher.start();
		int rows = Integer.parseInt(args[1]);
		if (rows > 0) {
			commitRows(server, rows);
		}
		watcher.join();
		server.close();
		report("STOPPED");
	}

	private static void commitRows(EmbeddedPostgresServer server, int rows) throws SQLException {
		Connection committing = DriverManager.getConnection(server.jdbcUrl("yankao"), "postgres", "");
		committing.createStatement().execute("create table probe (id integer primary key, note text not null)");
		Connection pending = DriverManager.getConnection(server.jdbcUrl("yankao"), "postgres", "");
		pending.setAutoCommit(false);
		pending.createStatement().execute("insert into probe values (0, 'never committed')");
		PreparedStatement insert = committing.prepareStatement("insert into probe values (?, ?)");
		for (int id = 1; id <= rows; id++) {
			insert.setInt(1, id);
			insert.setString(2, "第 " + id + " 筆");
			insert.executeUpdate();
			report("COMMITTED " + id);
		}
	}

	private static void awaitEndOfInput() {
		try {
			while (System.in.read() != -1) {
				// only the end matters
			}
		}
		catch (java.io.IOException ex) {
			// the parent is gone: as good as the end
		}
	}

	private static void report(String line) {
		System.out.println(line);
		System.out.flush();
	}

}
