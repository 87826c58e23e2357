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
import java.util.HashMap;
import java.util.Map;

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
				server = startHoldingLock(dir, port, binaries, channel, lock);
			}
			RUNNING_IN_THIS_JVM.put(dir, server);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dir, ex);
		}
	}

	/**
	 * Releases the lock when the start fails: the channel would otherwise stay open with the
	 * lock held, and the next attempt in this JVM would take itself for another process.
	 */
	private static EmbeddedPostgresServer startHoldingLock(Path dir, int port, PostgresBinaries binaries,
			FileChannel channel, FileLock lock) throws IOException {
		try {
			return start(dir, port, binaries, channel, lock);
		}
		catch (IOException | RuntimeException ex) {
			channel.close();
			throw ex;
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
			.filter(pidFile -> pidFile.isPostmasterOf(dir))
			.map(PostmasterPidFile::port)
			.orElseThrow(() -> new IllegalStateException("Another process holds " + dir
					+ " but no PostgreSQL server is running there; wait for it to finish and try again."));
		log.info("Attached to the embedded PostgreSQL that another process runs on port {}", port);
		return new EmbeddedPostgresServer(dir, port, binaries, null, null);
	}

	private static EmbeddedPostgresServer start(Path dir, int requestedPort, PostgresBinaries binaries,
			FileChannel channel, FileLock lock) throws IOException {
		Postmaster postmaster = new Postmaster(dir, binaries, ServerUser.forCurrentProcess());
		postmaster.initdbIfMissing();
		postmaster.stopLeftover();
		int port = requestedPort == 0 ? FreePort.find() : requestedPort;
		postmaster.start(port);
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(dir, port, binaries, channel, lock);
		try {
			server.createDatabaseIfMissing("yankao");
		}
		catch (RuntimeException ex) {
			server.stop();
			throw ex;
		}
		log.info("Embedded PostgreSQL running on port {} with data in {}", port, dir);
		return server;
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

	/**
	 * Stops the server when this process started it and no other user in this JVM remains;
	 * an attached server keeps running for its owner.
	 */
	@Override
	public void close() {
		// Stopping inside the class lock: a startOrAttach for the same directory meanwhile would
		// find no entry, fail to lock, and attach to a server that is about to go away.
		synchronized (EmbeddedPostgresServer.class) {
			if (--references > 0) {
				return;
			}
			RUNNING_IN_THIS_JVM.remove(dataDir);
			if (isOwner()) {
				stop();
			}
		}
	}

	private void stop() {
		try {
			new Postmaster(dataDir, binaries, ServerUser.forCurrentProcess()).stop();
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
