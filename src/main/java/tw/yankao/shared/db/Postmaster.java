package tw.yankao.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server process of one data directory, driven through initdb and pg_ctl as the
 * {@link ServerUser}. The caller must hold the data-directory lock: nothing here guards
 * against another Yankao process doing the same at the same time.
 */
final class Postmaster {

	private static final Logger log = LoggerFactory.getLogger(Postmaster.class);

	private final Path dir;
	private final PostgresBinaries binaries;
	private final ServerUser user;

	Postmaster(Path dir, PostgresBinaries binaries, ServerUser user) {
		this.dir = dir;
		this.binaries = binaries;
		this.user = user;
	}

	/**
	 * Creates the cluster unless it exists. initdb writes PG_VERSION long before it is done, so
	 * a process killed during the first start would leave a directory that looks like a cluster
	 * but never starts. Building the cluster beside the data directory and renaming it into place
	 * makes its creation all or nothing.
	 */
	void initdbIfMissing() throws IOException {
		user.checkCanReach(dir);
		if (Files.exists(dir.resolve("PG_VERSION"))) {
			return;
		}
		Path staging = dir.resolveSibling(dir.getFileName() + ".initdb");
		deleteRecursively(staging);
		Files.createDirectories(staging);
		user.takeOwnership(staging);
		binaries.run(user, dir.getParent(), Duration.ofMinutes(2), "initdb", "-D", staging.toString(), "-U",
				"postgres", "-A", "trust", "-E", "UTF-8", "--locale=C.UTF-8");
		Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
		log.info("Created a new PostgreSQL cluster in {}", dir);
	}

	/**
	 * A JVM killed with SIGKILL never stops its postmaster. Since the caller holds the
	 * data-directory lock, no live Yankao process owns that postmaster: shut it down cleanly so
	 * that nothing it has committed is lost.
	 *
	 * <p>A pid file whose process is gone stays: PostgreSQL removes it itself, after checking
	 * through the shared-memory key in it that no orphaned backend still uses the cluster, a
	 * check that deleting the file would defeat. Only a pid file PostgreSQL would refuse to
	 * start with goes: an unreadable one, or one whose pid now belongs to another process.
	 */
	void stopLeftover() throws IOException {
		Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(dir);
		if (pidFile.isEmpty() || pidFile.get().pid() > 0 && pidFile.get().isGone()) {
			return;
		}
		if (pidFile.get().isPostmasterOf(dir)) {
			log.warn("Stopping PostgreSQL (pid {}) left running by a previous process", pidFile.get().pid());
			stop();
		}
		else {
			log.warn("Removing stale postmaster.pid (pid {} is not a running PostgreSQL)", pidFile.get().pid());
			Files.deleteIfExists(dir.resolve("postmaster.pid"));
		}
	}

	void start(int port) throws IOException {
		binaries.run(user, dir.getParent(), Duration.ofSeconds(90), "pg_ctl", "-D", dir.toString(), "-w", "-t", "60",
				"-l", dir.resolve("server.log").toString(), "-o", serverOptions(port), "start");
	}

	/** Fast shutdown: sessions are ended, committed work is checkpointed, nothing is lost. */
	void stop() throws IOException {
		binaries.run(user, dir.getParent(), Duration.ofSeconds(90), "pg_ctl", "-D", dir.toString(), "-m", "fast",
				"-w", "-t", "60", "stop");
	}

	// Durability stays on: this cluster holds the city's records, not a throw-away test schema.
	private static String serverOptions(int port) {
		return String.join(" ", List.of("-p " + port, "-c listen_addresses=127.0.0.1", "-k ''", "-c fsync=on",
				"-c synchronous_commit=on", "-c full_page_writes=on", "-c timezone=Asia/Taipei",
				"-c max_connections=100"));
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

}
