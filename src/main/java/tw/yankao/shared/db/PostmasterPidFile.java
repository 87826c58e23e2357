package tw.yankao.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code postmaster.pid} that PostgreSQL keeps in its data directory: line 1 is the pid,
 * line 4 the port. A pid of -1 stands for a file too damaged to read.
 */
record PostmasterPidFile(long pid, int port) {

	static Optional<PostmasterPidFile> read(Path dataDir) {
		Path file = dataDir.resolve("postmaster.pid");
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(file);
			long pid = Long.parseLong(lines.get(0).trim());
			int port = lines.size() > 3 ? Integer.parseInt(lines.get(3).trim()) : 0;
			return Optional.of(new PostmasterPidFile(pid, port));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			// Truncated by a crash in the middle of writing: no server can be using it.
			return Optional.of(new PostmasterPidFile(-1, 0));
		}
	}

	/**
	 * Whether the pid belongs to a running PostgreSQL server of {@code dataDir}, not to a process
	 * that reused the pid. A reused pid may well be another cluster's postgres (several run side
	 * by side in tests), so the process's working directory, which the postmaster sets to its
	 * data directory, must match too where we may read it.
	 */
	boolean isPostmasterOf(Path dataDir) {
		Optional<ProcessHandle> process = process();
		boolean postgres = process.flatMap(p -> p.info().command())
			.map(command -> command.endsWith("/postgres"))
			.orElse(false);
		return postgres && workingDirectory().map(cwd -> sameFile(cwd, dataDir)).orElse(true);
	}

	/** Whether no process at all has this pid any more. */
	boolean isGone() {
		return process().isEmpty();
	}

	private Optional<ProcessHandle> process() {
		return pid > 0 ? ProcessHandle.of(pid).filter(ProcessHandle::isAlive) : Optional.empty();
	}

	private Optional<Path> workingDirectory() {
		try {
			return Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")));
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			return Optional.empty();
		}
	}

	private static boolean sameFile(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
