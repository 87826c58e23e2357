package tw.yankao.shared.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link CrashProbe} running in a child JVM, and the lines it has printed so far.
 */
final class CrashProbeProcess {

	private final Process process;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final Thread reader;
	private volatile int lastCommitted;

	private CrashProbeProcess(Process process) {
		this.process = process;
		this.reader = new Thread(this::readOutput, "crash-probe-output");
		reader.setDaemon(true);
		reader.start();
	}

	static CrashProbeProcess start(Path dataDir, int rows) throws IOException {
		String java = ProcessHandle.current().info().command().orElseThrow();
		List<String> command = List.of(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp",
				System.getProperty("java.class.path"), CrashProbe.class.getName(), dataDir.toString(),
				Integer.toString(rows));
		return new CrashProbeProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	private void readOutput() {
		try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.startsWith("COMMITTED ")) {
					lastCommitted = Integer.parseInt(line.substring("COMMITTED ".length()));
				}
				lines.add(line);
			}
		}
		catch (IOException ex) {
			// the process is gone
		}
	}

	/** The first line from now on that matches, failing with the output seen when none comes in time. */
	String await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		StringBuilder seen = new StringBuilder();
		while (System.nanoTime() < deadline) {
			String line = lines.poll(100, TimeUnit.MILLISECONDS);
			if (line != null && wanted.test(line)) {
				return line;
			}
			if (line != null) {
				seen.append(line).append('\n');
			}
			else if (!process.isAlive() && lines.isEmpty()) {
				break;
			}
		}
		throw new AssertionError("The crash probe did not print the expected line; its output:\n" + seen);
	}

	/** SIGKILL, as {@code kill -9}: no shutdown hook, no finally block runs in the child. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
		reader.join(5000);
	}

	/** Ends the child's input, on which it stops its server and exits; returns its exit code. */
	int finish() throws IOException, InterruptedException {
		process.getOutputStream().close();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			throw new AssertionError("The crash probe did not exit after its input ended");
		}
		reader.join(5000);
		return process.exitValue();
	}

	/** The highest row the child reported committed: every row up to it must survive. */
	int lastCommitted() {
		return lastCommitted;
	}

	boolean isAlive() {
		return process.isAlive();
	}

}
