package tw.yankao.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose data directory lives with the application, started from the
 * binaries that Zonky publishes on Maven Central.
 *
 * <p>Unlike Zonky's own launcher this one is built for data that must survive: durability
 * settings stay on, the data directory is kept, a postmaster left behind by a JVM that died
 * with {@code kill -9} is shut down cleanly before the next start, and a second process on
 * the same data directory (a command run beside the server) attaches to the running
 * postmaster instead of starting another one.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Map<Path, EmbeddedPostgresServer> RUNNING_IN_THIS_JVM = new HashMap<>();

	private final Path dataDir;
	private final int port;
	private final PostgresBinaries binaries;
	private final FileChannel lockChannel;
	private final FileLock lock;
	private int references = 1;

	private EmbeddedPostgresServer(Path dataDir, int port, PostgresBinaries binaries, FileChannel lockChannel,
			FileLock lock) {
		this.dataDir = dataDir;
		this.port = port;
		this.binaries = binaries;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	/**
	 * Starts the server on {@code dataDir}, creating the cluster when the directory is new, or
	 * attaches to the server that another live process already runs there.
	 *
	 * @param port the port to listen on, or 0 for any free port (ignored when attaching)
	 */
	public static synchronized EmbeddedPostgresServer startOrAttach(Path dataDir, int port) {
		Path dir = dataDir.toAbsolutePath().normalize();
		EmbeddedPostgresServer inThisJvm = RUNNING_IN_THIS_JVM.get(dir);
		if (inThisJvm != null) {
			inThisJvm.references++;
			return inThisJvm;
		}
		try {
			PostgresBinaries binaries = PostgresBinaries.extracted();
			Files.createDirectories(dir.getParent());
			FileChannel channel = FileChannel.open(dir.resolveSibling(dir.getFileName() + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			EmbeddedPostgresServer server;
			if (lock == null) {
				channel.close();
				server = attach(dir, binaries);
			}
			else {
				server = start(dir, port, binaries, channel, lock);
			}
			RUNNING_IN_THIS_JVM.put(dir, server);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dir, ex);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	private static EmbeddedPostgresServer attach(Path dir, PostgresBinaries binaries) {
		int port = PostmasterPidFile.read(dir)
			.filter(PostmasterPidFile::isAlive)
			.map(PostmasterPidFile::port)
			.orElseThrow(() -> new IllegalStateException("Another process holds " + dir
					+ " but no PostgreSQL server is running there; wait for it to finish and try again."));
		log.info("Attached to the embedded PostgreSQL that another process runs on port {}", port);
		return new EmbeddedPostgresServer(dir, port, binaries, null, null);
	}

	private static EmbeddedPostgresServer start(Path dir, int requestedPort, PostgresBinaries binaries,
			FileChannel channel, FileLock lock) throws IOException {
		ServerUser user = ServerUser.forCurrentProcess();
		user.checkCanReach(dir);
		if (!Files.exists(dir.resolve("PG_VERSION"))) {
			initdb(dir, binaries, user);
		}
		stopLeftoverPostmaster(dir, binaries, user);
		int port = requestedPort == 0 ? FreePort.find() : requestedPort;
		binaries.run(user, dir.getParent(), Duration.ofSeconds(90), "pg_ctl", "-D", dir.toString(), "-w", "-t", "60",
				"-l", dir.resolve("server.log").toString(), "-o", serverOptions(port), "start");
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(dir, port, binaries, channel, lock);
		server.createDatabaseIfMissing("yankao");
		log.info("Embedded PostgreSQL running on port {} with data in {}", port, dir);
		return server;
	}

	// Durability stays on: this cluster holds the city's records, not a throw-away test schema.
	private static String serverOptions(int port) {
		return String.join(" ", List.of("-p " + port, "-c listen_addresses=127.0.0.1", "-k ''", "-c fsync=on",
				"-c synchronous_commit=on", "-c full_page_writes=on", "-c timezone=Asia/Taipei",
				"-c max_connections=100"));
	}

	private static void initdb(Path dir, PostgresBinaries binaries, ServerUser user) throws IOException {
		Files.createDirectories(dir);
		user.takeOwnership(dir);
		binaries.run(user, dir.getParent(), Duration.ofMinutes(2), "initdb", "-D", dir.toString(), "-U", "postgres",
				"-A", "trust", "-E", "UTF-8", "--locale=C.UTF-8");
		log.info("Created a new PostgreSQL cluster in {}", dir);
	}

	/**
	 * A JVM killed with SIGKILL never stops its postmaster. Since we hold the data-directory
	 * lock, no live Yankao process owns that postmaster: shut it down cleanly so that nothing it
	 * has committed is lost, and clear a pid file whose process is gone or is something else.
	 */
	private static void stopLeftoverPostmaster(Path dir, PostgresBinaries binaries, ServerUser user)
			throws IOException {
		Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(dir);
		if (pidFile.isEmpty()) {
			return;
		}
		if (pidFile.get().isAlive()) {
			log.warn("Stopping PostgreSQL (pid {}) left running by a previous process", pidFile.get().pid());
			binaries.run(user, dir.getParent(), Duration.ofSeconds(90), "pg_ctl", "-D", dir.toString(), "-m", "fast",
					"-w", "-t", "60", "stop");
		}
		else {
			log.warn("Removing stale postmaster.pid (pid {} is not a running PostgreSQL)", pidFile.get().pid());
			Files.deleteIfExists(dir.resolve("postmaster.pid"));
		}
	}

	private void createDatabaseIfMissing(String name) {
		try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
				var statement = connection.createStatement()) {
			var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
			if (!exists.next()) {
				statement.execute("create database " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + name + " in the embedded PostgreSQL", ex);
		}
	}

	/** The JDBC URL of one database in this server, user {@code postgres} without password. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	public int port() {
		return port;
	}

	public Path dataDirectory() {
		return dataDir;
	}

	/** Whether this process started the server (rather than attaching to another process's). */
	public boolean isOwner() {
		return lock != null;
	}

	@Override
	public void close() {
		synchronized (EmbeddedPostgresServer.class) {
			if (--references > 0) {
				return;
			}
			RUNNING_IN_THIS_JVM.remove(dataDir);
		}
		if (!isOwner()) {
			return;
		}
		try {
			binaries.run(ServerUser.forCurrentProcess(), dataDir.getParent(), Duration.ofSeconds(90), "pg_ctl", "-D",
					dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop");
			log.info("Embedded PostgreSQL stopped");
		}
		catch (RuntimeException | IOException ex) {
			log.error("Could not stop the embedded PostgreSQL cleanly", ex);
		}
		finally {
			try {
				lock.release();
				lockChannel.close();
			}
			catch (IOException ex) {
				log.warn("Could not release the data-directory lock", ex);
			}
		}
	}

}
