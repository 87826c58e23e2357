package tw.yankao.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code postmaster.pid} that PostgreSQL keeps in its data directory: line 1 is the pid,
 * line 4 the port.
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

	/** Whether the pid belongs to a running PostgreSQL server, not to a process that reused the pid. */
	boolean isAlive() {
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.flatMap(p -> p.info().command())
			.map(command -> command.endsWith("/postgres"))
			.orElse(false);
	}

}
