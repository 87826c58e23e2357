package tw.yankao.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The operating-system user the PostgreSQL processes run as. PostgreSQL refuses to run as
 * root, so a root process (a container, a CI machine) runs them as {@code nobody} through
 * {@code setpriv}; any other user runs them as itself.
 */
final class ServerUser {

	private static final String UNPRIVILEGED = "nobody";

	private final boolean dropToNobody;

	private ServerUser(boolean dropToNobody) {
		this.dropToNobody = dropToNobody;
	}

	static ServerUser forCurrentProcess() throws IOException {
		Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
		return new ServerUser(Integer.valueOf(0).equals(uid));
	}

	List<String> command(Path binary, String... args) {
		List<String> command = new ArrayList<>();
		if (dropToNobody) {
			command.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=nogroup", "--clear-groups", "--"));
		}
		command.add(binary.toString());
		command.addAll(List.of(args));
		return command;
	}

	void takeOwnership(Path dir) throws IOException {
		if (!dropToNobody) {
			return;
		}
		UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED);
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.toList()) {
				Files.setOwner(path, nobody);
			}
		}
	}

	/**
	 * Fails with a message that says what to do when the server user cannot reach the data
	 * directory, rather than letting initdb fail with "permission denied".
	 */
	void checkCanReach(Path dir) {
		if (!dropToNobody) {
			return;
		}
		for (Path ancestor = dir.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
			try {
				if (Files.exists(ancestor)
						&& !Files.getPosixFilePermissions(ancestor).contains(PosixFilePermission.OTHERS_EXECUTE)) {
					throw new IllegalStateException(("PostgreSQL refuses to run as root, so Yankao runs it as '%s', "
							+ "which cannot enter %s. Set YANKAO_DATA_DIR to a directory outside it, "
							+ "or run Yankao as an ordinary user.").formatted(UNPRIVILEGED, ancestor));
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read the permissions of " + ancestor, ex);
			}
		}
	}

}
