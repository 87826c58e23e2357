package tw.yankao.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The embedded server keeps what it committed when the JVM that started it dies by
 * {@code kill -9}, starts over stale pid files, and lets a second process share it.
 */
@Timeout(120)
class CrashSafetyTest {

	private final List<CrashProbeProcess> children = new ArrayList<>();
	private final List<Path> dataDirs = new ArrayList<>();

	@Test
	void killedJvmLosesNothingItCommitted() throws Exception {
		Path dataDir = newDataDir();
		CrashProbeProcess child = startChild(dataDir, 1_000_000);
		child.await(line -> line.startsWith("READY "), Duration.ofSeconds(60));
		child.await(line -> line.equals("COMMITTED 25"), Duration.ofSeconds(30));
		child.kill();
		int reported = child.lastCommitted();

		PostmasterPidFile leftover = PostmasterPidFile.read(dataDir).orElseThrow();
		assertThat(leftover.isPostmasterOf(dataDir)).as("the killed JVM's postmaster still runs").isTrue();

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(dataDir, 0)) {
			assertThat(server.isOwner()).isTrue();
			assertThat(hasExited(leftover.pid())).as("the leftover postmaster was stopped").isTrue();
			assertThat(PostmasterPidFile.read(dataDir).orElseThrow().pid()).isNotEqualTo(leftover.pid());
			long[] stats = probeStats(server);
			assertThat(stats[2]).as("highest id").isGreaterThanOrEqualTo(reported);
			assertThat(stats).as("count, lowest, highest: rows 1.. without gap, no uncommitted row 0")
				.containsExactly(stats[2], 1, stats[2]);
		}
	}

	@Test
	void startsOverStalePidFilesAndAnUnfinishedInitdb() throws Exception {
		Path dataDir = newDataDir();
		Path staging = dataDir.resolveSibling("pg.initdb");
		Files.createDirectories(staging);
		Files.writeString(staging.resolve("PG_VERSION"), "17\n");
		EmbeddedPostgresServer.startOrAttach(dataDir, 0).close();
		assertThat(staging).doesNotExist();

		long deadPid = exitedProcessPid();
		long thisJvm = ProcessHandle.current().pid();
		for (String pidFile : List.of(thisJvm + "\n" + dataDir + "\n", deadPid + "\n" + dataDir + "\n", "")) {
			Files.writeString(dataDir.resolve("postmaster.pid"), pidFile);
			try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(dataDir, 0)) {
				assertThat(server.isOwner()).isTrue();
				assertThat(PostmasterPidFile.read(dataDir).orElseThrow().isPostmasterOf(dataDir)).isTrue();
				assertThat(selectOne(server)).isEqualTo(1);
			}
		}
	}

	@Test
	void secondProcessAttachesWithoutTakingOver() throws Exception {
		Path dataDir = newDataDir();
		CrashProbeProcess child = startChild(dataDir, 0);
		String ready = child.await(line -> line.startsWith("READY "), Duration.ofSeconds(60));
		assertThat(ready).endsWith(" true");
		int childPort = Integer.parseInt(ready.split(" ")[1]);

		try (EmbeddedPostgresServer attached = EmbeddedPostgresServer.startOrAttach(dataDir, 0)) {
			assertThat(attached.isOwner()).isFalse();
			assertThat(attached.port()).isEqualTo(childPort);
			assertThat(selectOne(attached)).isEqualTo(1);
			assertThat(restoreWhileAttachedTo(attached)).startsWith("1 restore refused: Yankao is running on");
		}
		assertThat(PostmasterPidFile.read(dataDir).orElseThrow().isPostmasterOf(dataDir))
			.as("closing the attached server leaves the owner's running").isTrue();
		assertThat(child.isAlive()).isTrue();

		assertThat(child.finish()).isZero();
		assertThat(dataDir.resolve("postmaster.pid")).as("the owner stopped its server").doesNotExist();
	}

	/** A restore beside a running Yankao is refused before it touches anything. */
	private static String restoreWhileAttachedTo(EmbeddedPostgresServer attached) throws Exception {
		var beans = new org.springframework.beans.factory.support.StaticListableBeanFactory(
				java.util.Map.of("embeddedPostgresServer", attached));
		RestoreCommand restore = new RestoreCommand(null, null,
				new org.springframework.boot.DefaultApplicationArguments("restore", "dir", "--replace"),
				beans.getBeanProvider(EmbeddedPostgresServer.class));
		var bytes = new java.io.ByteArrayOutputStream();
		int exit = restore.run(java.util.List.of("dir"), new java.io.PrintStream(bytes, true, "UTF-8"));
		return exit + " " + bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@AfterEach
	void cleanUp() throws Exception {
		for (CrashProbeProcess child : children) {
			child.kill();
		}
		for (Path dataDir : dataDirs) {
			if (PostmasterPidFile.read(dataDir).filter(pid -> pid.isPostmasterOf(dataDir)).isPresent()) {
				new Postmaster(dataDir, PostgresBinaries.extracted(), ServerUser.forCurrentProcess()).stop();
			}
			deleteRecursively(dataDir.getParent());
		}
	}

	private CrashProbeProcess startChild(Path dataDir, int rows) throws IOException {
		CrashProbeProcess child = CrashProbeProcess.start(dataDir, rows);
		children.add(child);
		return child;
	}

	/** A data directory under the temp directory that the server user ({@code nobody} under root) can reach. */
	private Path newDataDir() throws IOException {
		Path parent = Files.createTempDirectory("yankao-crash-");
		Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path dataDir = parent.resolve("pg");
		dataDirs.add(dataDir);
		return dataDir;
	}

	private static long[] probeStats(EmbeddedPostgresServer server) throws SQLException {
		try (var connection = DriverManager.getConnection(server.jdbcUrl("yankao"), "postgres", "");
				ResultSet rows = connection.createStatement()
					.executeQuery("select count(*), min(id), max(id) from probe")) {
			rows.next();
			return new long[] { rows.getLong(1), rows.getLong(2), rows.getLong(3) };
		}
	}

	private static int selectOne(EmbeddedPostgresServer server) throws SQLException {
		try (var connection = DriverManager.getConnection(server.jdbcUrl("yankao"), "postgres", "");
				ResultSet rows = connection.createStatement().executeQuery("select 1")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/**
	 * pg_ctl stop returns once postmaster.pid is gone, a moment before the process exits; and
	 * an exited postmaster stays a zombie until init, its parent by then, reaps it.
	 */
	private static boolean hasExited(long pid) throws Exception {
		Path stat = Path.of("/proc", Long.toString(pid), "stat");
		for (int attempt = 0; attempt < 100; attempt++) {
			try {
				String line = Files.readString(stat);
				if (line.charAt(line.lastIndexOf(')') + 2) == 'Z') {
					return true;
				}
			}
			catch (IOException gone) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	private static long exitedProcessPid() throws IOException, InterruptedException {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		return process.pid();
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(each);
			}
		}
	}

}
