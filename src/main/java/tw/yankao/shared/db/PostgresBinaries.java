package tw.yankao.shared.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL programs (initdb, pg_ctl, postgres) unpacked from Zonky's binaries jar into a
 * world-readable directory under the system temp directory, once per version.
 */
final class PostgresBinaries {

	private static PostgresBinaries extracted;

	private final Path home;

	private PostgresBinaries(Path home) {
		this.home = home;
	}

	static synchronized PostgresBinaries extracted() throws IOException {
		if (extracted == null) {
			extracted = new PostgresBinaries(extractOnce());
		}
		return extracted;
	}

	private static Path extractOnce() throws IOException {
		String arch = System.getProperty("os.arch").equals("aarch64") ? "arm_64" : "x86_64";
		Path root = Path.of(System.getProperty("java.io.tmpdir"), "yankao-pg");
		Files.createDirectories(root);
		try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", arch)) {
			byte[] bytes = archive.readAllBytes();
			Path home = root.resolve(Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "-" + bytes.length);
			if (Files.exists(home.resolve(".complete"))) {
				return home;
			}
			try (FileChannel lock = FileChannel.open(root.resolve(home.getFileName() + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); var held = lock.lock()) {
				if (!Files.exists(home.resolve(".complete"))) {
					Path staging = Files.createTempDirectory(root, "unpack-");
					unpack(new java.io.ByteArrayInputStream(bytes), staging);
					Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
					Files.createFile(staging.resolve(".complete"));
					Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
				}
			}
			return home;
		}
	}

	private static void unpack(InputStream txz, Path target) throws IOException {
		try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(txz)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("Archive entry outside the target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
					boolean executable = (entry.getMode() & 0100) != 0;
					Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
				}
			}
		}
	}

	/** Runs one of the programs and fails with its output when it does not succeed in time. */
	void run(ServerUser user, Path workingDir, Duration timeout, String program, String... args) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(user.command(home.resolve("bin").resolve(program), args))
			.directory(workingDir.toFile())
			.redirectErrorStream(true);
		builder.environment().put("LC_ALL", "C.UTF-8");
		Process process = builder.start();
		// pg_ctl start leaves the postmaster holding the pipe open, so read without waiting for EOF.
		var output = new StringBuffer();
		Thread reader = new Thread(() -> {
			try (InputStream in = process.getInputStream()) {
				output.append(new String(in.readAllBytes()));
			}
			catch (IOException ignored) {
				// the process is gone; what was read is enough
			}
		}, "pg-output");
		reader.setDaemon(true);
		reader.start();
		try {
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException(program + " did not finish within " + timeout);
			}
			reader.join(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running " + program, ex);
		}
		if (process.exitValue() != 0) {
			throw new IOException(program + " failed (exit " + process.exitValue() + "): " + output);
		}
	}

}
